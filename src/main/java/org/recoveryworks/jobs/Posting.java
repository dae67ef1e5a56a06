package org.recoveryworks.jobs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.recoveryworks.shared.Text;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;

@Entity
@Table(name = "posting")
@Indexed(index = "posting")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES, projectable = Projectable.YES)
class Posting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@GenericField
	@Column(nullable = false)
	private Long organizationId;

	@FullTextField(analyzer = "english", projectable = Projectable.YES)
	@Column(nullable = false)
	private String organizationName;

	@GenericField
	@Column(nullable = false)
	private boolean organizationVerified;

	@Column(nullable = false)
	private String recruitmentNumber;

	@FullTextField(analyzer = "english", projectable = Projectable.YES)
	@Column(nullable = false)
	private String title;

	private String jobClass;

	private String facility;

	private String street;

	@FullTextField(analyzer = "english", projectable = Projectable.YES)
	@Column(nullable = false)
	private String town;

	@KeywordField(projectable = Projectable.YES)
	@Column(nullable = false)
	private String zip;

	private String unit;

	@Latitude
	private Double latitude;

	@Longitude
	private Double longitude;

	@ScaledNumberField(decimalScale = 2, projectable = Projectable.YES)
	@Column(nullable = false)
	private BigDecimal hoursPerWeek;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Shift shift;

	private String days;

	private String scheduleNote;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EmploymentType employmentType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SalaryUnit salaryUnit;

	@Column(nullable = false)
	private BigDecimal salaryMin;

	@Column(nullable = false)
	private BigDecimal salaryMax;

	@Column(nullable = false)
	private BigDecimal payPeriodHours;

	@Column(nullable = false)
	private BigDecimal periodsPerYear;

	@ScaledNumberField(decimalScale = 2, sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(nullable = false)
	private BigDecimal hourlyMin;

	@ScaledNumberField(decimalScale = 2, sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(nullable = false)
	private BigDecimal hourlyMax;

	@FullTextField(analyzer = "english")
	@Column(nullable = false, length = 20000)
	private String duties;

	@FullTextField(analyzer = "english")
	@Column(length = 10000)
	private String knowledgeSkillsAbilities;

	@FullTextField(analyzer = "english")
	@Column(nullable = false, length = 10000)
	private String minimumQualifications;

	@FullTextField(analyzer = "english")
	@Column(length = 10000)
	private String preferredQualifications;

	@Column(length = 10000)
	private String specialRequirements;

	@Column(length = 10000)
	private String benefits;

	@Column(length = 10000)
	private String selectionPlan;

	@Column(length = 10000)
	private String howToApply;

	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(nullable = false)
	private LocalDate openDate;

	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES, indexNullAs = JobSearchResult.OPEN_UNTIL_FILLED)
	private LocalDate closeDate;

	@Column(nullable = false)
	private int openings;

	@GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(nullable = false)
	private boolean peerRole;

	@GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Column(nullable = false)
	private boolean behavioralHealth;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PostingStatus status;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	/** In the index too, so the start-up check can see which postings the index holds an older copy of. */
	@GenericField(projectable = Projectable.YES)
	@Version
	private long version;

	@OneToMany(mappedBy = "posting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<PostingQuestion> questions = new ArrayList<>();

	protected Posting() {
	}

	Posting(Long organizationId, String organizationName, boolean organizationVerified, Instant now) {
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.organizationVerified = organizationVerified;
		this.status = PostingStatus.DRAFT;
		this.createdAt = now;
	}

	/** Copies the employer's details in; questions are replaced as a whole. */
	void apply(PostingDetails d, Double latitude, Double longitude, Instant now) {
		this.recruitmentNumber = d.recruitmentNumber().trim();
		this.title = d.title().trim();
		this.jobClass = Text.trimToNull(d.jobClass());
		this.facility = Text.trimToNull(d.facility());
		this.street = Text.trimToNull(d.street());
		this.town = d.town().trim();
		this.zip = d.zip();
		this.unit = Text.trimToNull(d.unit());
		this.latitude = latitude;
		this.longitude = longitude;
		this.hoursPerWeek = d.hoursPerWeek();
		this.shift = d.shift();
		this.days = Text.trimToNull(d.days());
		this.scheduleNote = Text.trimToNull(d.scheduleNote());
		this.employmentType = d.employmentType();
		this.salaryUnit = d.salaryUnit();
		this.salaryMin = d.salaryMin();
		this.salaryMax = d.salaryMax();
		this.payPeriodHours = d.payPeriodHours();
		this.periodsPerYear = d.periodsPerYear();
		Salary salary = salary();
		this.hourlyMin = salary.hourlyMin();
		this.hourlyMax = salary.hourlyMax();
		this.duties = d.duties().trim();
		this.knowledgeSkillsAbilities = Text.trimToNull(d.knowledgeSkillsAbilities());
		this.minimumQualifications = d.minimumQualifications().trim();
		this.preferredQualifications = Text.trimToNull(d.preferredQualifications());
		this.specialRequirements = Text.trimToNull(d.specialRequirements());
		this.benefits = Text.trimToNull(d.benefits());
		this.selectionPlan = Text.trimToNull(d.selectionPlan());
		this.howToApply = Text.trimToNull(d.howToApply());
		this.openDate = d.openDate();
		this.closeDate = d.closeDate();
		this.openings = d.openings();
		this.peerRole = Boolean.TRUE.equals(d.peerRole());
		this.behavioralHealth = Boolean.TRUE.equals(d.behavioralHealth());
		this.updatedAt = now;
		replaceQuestions(d.questions() == null ? List.of() : d.questions());
	}

	private void replaceQuestions(List<QuestionDetails> wanted) {
		// Keep question rows (and so the answers already given to them) where the text is unchanged.
		List<PostingQuestion> kept = new ArrayList<>();
		int position = 0;
		for (QuestionDetails q : wanted) {
			PostingQuestion existing = questions.stream()
				.filter(e -> e.getText().equals(q.text().trim()) && !kept.contains(e))
				.findFirst()
				.orElse(null);
			if (existing == null) {
				existing = new PostingQuestion(this);
			}
			existing.apply(q, position++);
			kept.add(existing);
		}
		questions.retainAll(kept);
		for (PostingQuestion q : kept) {
			if (!questions.contains(q)) {
				questions.add(q);
			}
		}
	}

	Salary salary() {
		return new Salary(salaryUnit, salaryMin, salaryMax, payPeriodHours, periodsPerYear);
	}

	PostingState stateOn(LocalDate today) {
		return switch (status) {
			case DRAFT -> PostingState.DRAFT;
			case FILLED -> PostingState.FILLED;
			case CLOSED -> PostingState.CLOSED;
			case PUBLISHED -> {
				if (closeDate != null && closeDate.isBefore(today)) {
					yield PostingState.CLOSED;
				}
				yield openDate.isAfter(today) ? PostingState.SCHEDULED : PostingState.OPEN;
			}
		};
	}

	/** Open to applications and shown to the public today. */
	boolean isListedOn(LocalDate today) {
		return organizationVerified && stateOn(today) == PostingState.OPEN;
	}

	/** Publishes a draft, or reopens a closed posting. */
	void publish(Instant now) {
		if (!status.canPublish()) {
			throw new org.recoveryworks.shared.StateConflict("posting.move.publish", "Only a draft or a closed posting can be published.");
		}
		status = PostingStatus.PUBLISHED;
		updatedAt = now;
	}

	void close(Instant now) {
		if (!status.canClose()) {
			throw new org.recoveryworks.shared.StateConflict("posting.move.close", "Only a published posting can be closed.");
		}
		status = PostingStatus.CLOSED;
		updatedAt = now;
	}

	void markFilled(Instant now) {
		if (!status.canFill()) {
			throw new org.recoveryworks.shared.StateConflict("posting.move.fill", "Only a published or closed posting can be marked filled.");
		}
		status = PostingStatus.FILLED;
		updatedAt = now;
	}

	void organizationVerified() {
		organizationVerified = true;
	}

	Long getId() {
		return id;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	String getOrganizationName() {
		return organizationName;
	}

	boolean isOrganizationVerified() {
		return organizationVerified;
	}

	String getRecruitmentNumber() {
		return recruitmentNumber;
	}

	String getTitle() {
		return title;
	}

	String getJobClass() {
		return jobClass;
	}

	String getFacility() {
		return facility;
	}

	String getStreet() {
		return street;
	}

	String getTown() {
		return town;
	}

	String getZip() {
		return zip;
	}

	String getUnit() {
		return unit;
	}

	Double getLatitude() {
		return latitude;
	}

	Double getLongitude() {
		return longitude;
	}

	BigDecimal getHoursPerWeek() {
		return hoursPerWeek;
	}

	Shift getShift() {
		return shift;
	}

	String getDays() {
		return days;
	}

	String getScheduleNote() {
		return scheduleNote;
	}

	EmploymentType getEmploymentType() {
		return employmentType;
	}

	SalaryUnit getSalaryUnit() {
		return salaryUnit;
	}

	BigDecimal getSalaryMin() {
		return salaryMin;
	}

	BigDecimal getSalaryMax() {
		return salaryMax;
	}

	BigDecimal getPayPeriodHours() {
		return payPeriodHours;
	}

	BigDecimal getPeriodsPerYear() {
		return periodsPerYear;
	}

	BigDecimal getHourlyMin() {
		return hourlyMin;
	}

	BigDecimal getHourlyMax() {
		return hourlyMax;
	}

	String getDuties() {
		return duties;
	}

	String getKnowledgeSkillsAbilities() {
		return knowledgeSkillsAbilities;
	}

	String getMinimumQualifications() {
		return minimumQualifications;
	}

	String getPreferredQualifications() {
		return preferredQualifications;
	}

	String getSpecialRequirements() {
		return specialRequirements;
	}

	String getBenefits() {
		return benefits;
	}

	String getSelectionPlan() {
		return selectionPlan;
	}

	String getHowToApply() {
		return howToApply;
	}

	LocalDate getOpenDate() {
		return openDate;
	}

	LocalDate getCloseDate() {
		return closeDate;
	}

	int getOpenings() {
		return openings;
	}

	boolean isPeerRole() {
		return peerRole;
	}

	boolean isBehavioralHealth() {
		return behavioralHealth;
	}

	PostingStatus getStatus() {
		return status;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}

	List<PostingQuestion> getQuestions() {
		return questions;
	}
}
