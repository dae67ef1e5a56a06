package org.recoveryworks.coaching;

import org.recoveryworks.shared.Text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One version of a person-centered employment action plan. Versions are never changed, only agreed to. */
@Entity
@Table(name = "plan_version")
class PlanVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long participantId;

	@Column(nullable = false)
	private int number;

	@Column(length = 2000)
	private String employmentGoal;

	@Column(length = 2000)
	private String educationGoal;

	@Column(length = 2000)
	private String communityGoal;

	@Column(length = 2000)
	private String naturalSupportsGoal;

	@Column(length = 2000)
	private String wellnessGoal;

	@Column(length = 4000)
	private String strengths;

	@Column(length = 4000)
	private String supports;

	@Column(length = 4000)
	private String barriers;

	@Column(length = 4000)
	private String strategies;

	@Column(length = 500)
	private String preferredWork;

	private Integer preferredHours;

	@Column(length = 60)
	private String preferredPlace;

	private Boolean wantsPeerRole;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Long createdBy;

	private Instant agreedAt;

	@OneToMany(mappedBy = "planVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<PlanStep> steps = new ArrayList<>();

	protected PlanVersion() {
	}

	PlanVersion(Long participantId, int number, PlanForm f, Long createdBy, Instant now) {
		this.participantId = participantId;
		this.number = number;
		this.employmentGoal = Text.trimToNull(f.getEmploymentGoal());
		this.educationGoal = Text.trimToNull(f.getEducationGoal());
		this.communityGoal = Text.trimToNull(f.getCommunityGoal());
		this.naturalSupportsGoal = Text.trimToNull(f.getNaturalSupportsGoal());
		this.wellnessGoal = Text.trimToNull(f.getWellnessGoal());
		this.strengths = Text.trimToNull(f.getStrengths());
		this.supports = Text.trimToNull(f.getSupports());
		this.barriers = Text.trimToNull(f.getBarriers());
		this.strategies = Text.trimToNull(f.getStrategies());
		this.preferredWork = Text.trimToNull(f.getPreferredWork());
		this.preferredHours = f.getPreferredHours();
		this.preferredPlace = Text.trimToNull(f.getPreferredPlace());
		this.wantsPeerRole = f.getWantsPeerRole();
		this.createdBy = createdBy;
		this.createdAt = now;
		int position = 0;
		for (PlanForm.StepForm s : f.getSteps()) {
			if (!s.isBlank()) {
				steps.add(new PlanStep(this, position++, s));
			}
		}
	}

	void agree(Instant now) {
		if (agreedAt == null) {
			agreedAt = now;
		}
	}

	Long getId() { return id; }
	Long getParticipantId() { return participantId; }
	int getNumber() { return number; }
	String getEmploymentGoal() { return employmentGoal; }
	String getEducationGoal() { return educationGoal; }
	String getCommunityGoal() { return communityGoal; }
	String getNaturalSupportsGoal() { return naturalSupportsGoal; }
	String getWellnessGoal() { return wellnessGoal; }
	String getStrengths() { return strengths; }
	String getSupports() { return supports; }
	String getBarriers() { return barriers; }
	String getStrategies() { return strategies; }
	String getPreferredWork() { return preferredWork; }
	Integer getPreferredHours() { return preferredHours; }
	String getPreferredPlace() { return preferredPlace; }
	Boolean getWantsPeerRole() { return wantsPeerRole; }
	Instant getCreatedAt() { return createdAt; }
	Long getCreatedBy() { return createdBy; }
	Instant getAgreedAt() { return agreedAt; }
	List<PlanStep> getSteps() { return steps; }
}
