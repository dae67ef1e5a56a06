package org.recoveryworks.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The HTML posting form. Its rules live in {@link PostingDetails}; this only carries the fields. */
class PostingForm {

	static class QuestionForm {

		private String text;
		private QuestionType type = QuestionType.TEXT;
		private String choicesText;
		private boolean required;

		boolean isBlank() {
			return text == null || text.isBlank();
		}

		QuestionDetails toDetails() {
			List<String> choices = choicesText == null ? List.of()
					: Arrays.stream(choicesText.split("\\r?\\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
			return new QuestionDetails(text, type, type == QuestionType.CHOICE ? choices : List.of(), required);
		}

		static QuestionForm of(PostingView.QuestionView q) {
			QuestionForm f = new QuestionForm();
			f.text = q.text();
			f.type = q.type();
			f.choicesText = String.join("\n", q.choices());
			f.required = q.required();
			return f;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public QuestionType getType() {
			return type;
		}

		public void setType(QuestionType type) {
			this.type = type;
		}

		public String getChoicesText() {
			return choicesText;
		}

		public void setChoicesText(String choicesText) {
			this.choicesText = choicesText;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}
	}

	static final int BLANK_QUESTION_ROWS = 3;

	private long version;
	private String recruitmentNumber;
	private String title;
	private String jobClass;
	private String facility;
	private String street;
	private String town;
	private String zip;
	private String unit;
	private BigDecimal hoursPerWeek = new BigDecimal("40");
	private Shift shift = Shift.FIRST;
	private String days = "Monday through Friday";
	private String scheduleNote;
	private EmploymentType employmentType = EmploymentType.FULL_TIME;
	private SalaryUnit salaryUnit = SalaryUnit.HOURLY;
	private BigDecimal salaryMin;
	private BigDecimal salaryMax;
	private BigDecimal payPeriodHours = new BigDecimal("80");
	private BigDecimal periodsPerYear = new BigDecimal("26");
	private String duties;
	private String knowledgeSkillsAbilities;
	private String minimumQualifications;
	private String preferredQualifications;
	private String specialRequirements;
	private String benefits;
	private String selectionPlan;
	private String howToApply;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@org.recoveryworks.shared.ReasonableDate
	private LocalDate openDate;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@org.recoveryworks.shared.ReasonableDate
	private LocalDate closeDate;
	private Integer openings = 1;
	private boolean peerRole;
	private boolean behavioralHealth;
	private List<QuestionForm> questions = new ArrayList<>();

	/** Drops empty question rows, then adds a few blank ones for new questions. */
	void compactQuestions() {
		questions.removeIf(q -> q == null || q.isBlank());
	}

	void padQuestions() {
		for (int i = 0; i < BLANK_QUESTION_ROWS; i++) {
			questions.add(new QuestionForm());
		}
	}

	PostingDetails toDetails() {
		return new PostingDetails(recruitmentNumber, title, jobClass, facility, street, town, zip, unit, hoursPerWeek, shift,
				days, scheduleNote, employmentType, salaryUnit, salaryMin, salaryMax, payPeriodHours, periodsPerYear, duties,
				knowledgeSkillsAbilities, minimumQualifications, preferredQualifications, specialRequirements, benefits,
				selectionPlan, howToApply, openDate, closeDate, openings, peerRole, behavioralHealth,
				questions.stream().map(QuestionForm::toDetails).toList());
	}

	static PostingForm of(PostingView p) {
		PostingForm f = new PostingForm();
		f.version = p.version();
		f.recruitmentNumber = p.recruitmentNumber();
		f.title = p.title();
		f.jobClass = p.jobClass();
		f.facility = p.facility();
		f.street = p.street();
		f.town = p.town();
		f.zip = p.zip();
		f.unit = p.unit();
		f.hoursPerWeek = p.hoursPerWeek();
		f.shift = p.shift();
		f.days = p.days();
		f.scheduleNote = p.scheduleNote();
		f.employmentType = p.employmentType();
		f.salaryUnit = p.salaryUnit();
		f.salaryMin = p.salaryMin();
		f.salaryMax = p.salaryMax();
		f.payPeriodHours = p.payPeriodHours();
		f.periodsPerYear = p.periodsPerYear();
		f.duties = p.duties();
		f.knowledgeSkillsAbilities = p.knowledgeSkillsAbilities();
		f.minimumQualifications = p.minimumQualifications();
		f.preferredQualifications = p.preferredQualifications();
		f.specialRequirements = p.specialRequirements();
		f.benefits = p.benefits();
		f.selectionPlan = p.selectionPlan();
		f.howToApply = p.howToApply();
		f.openDate = p.openDate();
		f.closeDate = p.closeDate();
		f.openings = p.openings();
		f.peerRole = p.peerRole();
		f.behavioralHealth = p.behavioralHealth();
		f.questions = new ArrayList<>(p.questions().stream().map(QuestionForm::of).toList());
		return f;
	}

	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public String getRecruitmentNumber() { return recruitmentNumber; }
	public void setRecruitmentNumber(String v) { this.recruitmentNumber = v; }
	public String getTitle() { return title; }
	public void setTitle(String v) { this.title = v; }
	public String getJobClass() { return jobClass; }
	public void setJobClass(String v) { this.jobClass = v; }
	public String getFacility() { return facility; }
	public void setFacility(String v) { this.facility = v; }
	public String getStreet() { return street; }
	public void setStreet(String v) { this.street = v; }
	public String getTown() { return town; }
	public void setTown(String v) { this.town = v; }
	public String getZip() { return zip; }
	public void setZip(String v) { this.zip = v; }
	public String getUnit() { return unit; }
	public void setUnit(String v) { this.unit = v; }
	public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
	public void setHoursPerWeek(BigDecimal v) { this.hoursPerWeek = v; }
	public Shift getShift() { return shift; }
	public void setShift(Shift v) { this.shift = v; }
	public String getDays() { return days; }
	public void setDays(String v) { this.days = v; }
	public String getScheduleNote() { return scheduleNote; }
	public void setScheduleNote(String v) { this.scheduleNote = v; }
	public EmploymentType getEmploymentType() { return employmentType; }
	public void setEmploymentType(EmploymentType v) { this.employmentType = v; }
	public SalaryUnit getSalaryUnit() { return salaryUnit; }
	public void setSalaryUnit(SalaryUnit v) { this.salaryUnit = v; }
	public BigDecimal getSalaryMin() { return salaryMin; }
	public void setSalaryMin(BigDecimal v) { this.salaryMin = v; }
	public BigDecimal getSalaryMax() { return salaryMax; }
	public void setSalaryMax(BigDecimal v) { this.salaryMax = v; }
	public BigDecimal getPayPeriodHours() { return payPeriodHours; }
	public void setPayPeriodHours(BigDecimal v) { this.payPeriodHours = v; }
	public BigDecimal getPeriodsPerYear() { return periodsPerYear; }
	public void setPeriodsPerYear(BigDecimal v) { this.periodsPerYear = v; }
	public String getDuties() { return duties; }
	public void setDuties(String v) { this.duties = v; }
	public String getKnowledgeSkillsAbilities() { return knowledgeSkillsAbilities; }
	public void setKnowledgeSkillsAbilities(String v) { this.knowledgeSkillsAbilities = v; }
	public String getMinimumQualifications() { return minimumQualifications; }
	public void setMinimumQualifications(String v) { this.minimumQualifications = v; }
	public String getPreferredQualifications() { return preferredQualifications; }
	public void setPreferredQualifications(String v) { this.preferredQualifications = v; }
	public String getSpecialRequirements() { return specialRequirements; }
	public void setSpecialRequirements(String v) { this.specialRequirements = v; }
	public String getBenefits() { return benefits; }
	public void setBenefits(String v) { this.benefits = v; }
	public String getSelectionPlan() { return selectionPlan; }
	public void setSelectionPlan(String v) { this.selectionPlan = v; }
	public String getHowToApply() { return howToApply; }
	public void setHowToApply(String v) { this.howToApply = v; }
	public LocalDate getOpenDate() { return openDate; }
	public void setOpenDate(LocalDate v) { this.openDate = v; }
	public LocalDate getCloseDate() { return closeDate; }
	public void setCloseDate(LocalDate v) { this.closeDate = v; }
	public Integer getOpenings() { return openings; }
	public void setOpenings(Integer v) { this.openings = v; }
	public boolean isPeerRole() { return peerRole; }
	public void setPeerRole(boolean v) { this.peerRole = v; }
	public boolean isBehavioralHealth() { return behavioralHealth; }
	public void setBehavioralHealth(boolean v) { this.behavioralHealth = v; }
	public List<QuestionForm> getQuestions() { return questions; }
	public void setQuestions(List<QuestionForm> v) { this.questions = v == null ? new ArrayList<>() : v; }
}
