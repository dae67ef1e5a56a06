package org.recoveryworks.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The plan as the participant and coach write it together; saving makes a new version. */
class PlanForm {

	static class StepForm {

		@Size(max = 500, message = "{plan.size.500}")
		private String what;

		@Size(max = 120, message = "{plan.size.120}")
		private String who;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		@org.recoveryworks.shared.ReasonableDate
		private LocalDate byWhen;

		private StepStatus status = StepStatus.NOT_STARTED;

		boolean isBlank() {
			return what == null || what.isBlank();
		}

		@AssertTrue(message = "{plan.step.whatMissing}")
		public boolean isWhatGivenWhenOtherFieldsAre() {
			return !isBlank() || ((who == null || who.isBlank()) && byWhen == null);
		}

		public String getWhat() { return what; }
		public void setWhat(String v) { this.what = v; }
		public String getWho() { return who; }
		public void setWho(String v) { this.who = v; }
		public LocalDate getByWhen() { return byWhen; }
		public void setByWhen(LocalDate v) { this.byWhen = v; }
		public StepStatus getStatus() { return status; }
		public void setStatus(StepStatus v) { this.status = v; }
	}

	static final int BLANK_STEPS = 2;

	/** The version this edit started from, so a concurrent edit is detected. */
	private int baseNumber;

	@Size(max = 2000, message = "{plan.size.2000}")
	private String employmentGoal;
	@Size(max = 2000, message = "{plan.size.2000}")
	private String educationGoal;
	@Size(max = 2000, message = "{plan.size.2000}")
	private String communityGoal;
	@Size(max = 2000, message = "{plan.size.2000}")
	private String naturalSupportsGoal;
	@Size(max = 2000, message = "{plan.size.2000}")
	private String wellnessGoal;
	@Size(max = 4000, message = "{plan.size.4000}")
	private String strengths;
	@Size(max = 4000, message = "{plan.size.4000}")
	private String supports;
	@Size(max = 4000, message = "{plan.size.4000}")
	private String barriers;
	@Size(max = 4000, message = "{plan.size.4000}")
	private String strategies;
	@Size(max = 500, message = "{plan.size.500}")
	private String preferredWork;
	@Min(value = 1, message = "{plan.hours.range}")
	@Max(value = 80, message = "{plan.hours.range}")
	private Integer preferredHours;
	@Size(max = 60, message = "{plan.size.60}")
	private String preferredPlace;
	private Boolean wantsPeerRole;

	@Valid
	@Size(max = 30, message = "{plan.steps.size}")
	private List<StepForm> steps = new ArrayList<>();

	@AssertTrue(message = "{plan.empty}")
	public boolean isSomethingWritten() {
		return employmentGoal != null && !employmentGoal.isBlank() || educationGoal != null && !educationGoal.isBlank()
				|| communityGoal != null && !communityGoal.isBlank() || naturalSupportsGoal != null && !naturalSupportsGoal.isBlank()
				|| wellnessGoal != null && !wellnessGoal.isBlank();
	}

	void padSteps() {
		for (int i = 0; i < BLANK_STEPS; i++) {
			steps.add(new StepForm());
		}
	}

	static PlanForm of(PlanVersion v) {
		PlanForm f = new PlanForm();
		if (v == null) {
			return f;
		}
		f.baseNumber = v.getNumber();
		f.employmentGoal = v.getEmploymentGoal();
		f.educationGoal = v.getEducationGoal();
		f.communityGoal = v.getCommunityGoal();
		f.naturalSupportsGoal = v.getNaturalSupportsGoal();
		f.wellnessGoal = v.getWellnessGoal();
		f.strengths = v.getStrengths();
		f.supports = v.getSupports();
		f.barriers = v.getBarriers();
		f.strategies = v.getStrategies();
		f.preferredWork = v.getPreferredWork();
		f.preferredHours = v.getPreferredHours();
		f.preferredPlace = v.getPreferredPlace();
		f.wantsPeerRole = v.getWantsPeerRole();
		for (PlanStep s : v.getSteps()) {
			StepForm sf = new StepForm();
			sf.what = s.getWhat();
			sf.who = s.getWho();
			sf.byWhen = s.getByWhen();
			sf.status = s.getStatus();
			f.steps.add(sf);
		}
		return f;
	}

	public int getBaseNumber() { return baseNumber; }
	public void setBaseNumber(int v) { this.baseNumber = v; }
	public String getEmploymentGoal() { return employmentGoal; }
	public void setEmploymentGoal(String v) { this.employmentGoal = v; }
	public String getEducationGoal() { return educationGoal; }
	public void setEducationGoal(String v) { this.educationGoal = v; }
	public String getCommunityGoal() { return communityGoal; }
	public void setCommunityGoal(String v) { this.communityGoal = v; }
	public String getNaturalSupportsGoal() { return naturalSupportsGoal; }
	public void setNaturalSupportsGoal(String v) { this.naturalSupportsGoal = v; }
	public String getWellnessGoal() { return wellnessGoal; }
	public void setWellnessGoal(String v) { this.wellnessGoal = v; }
	public String getStrengths() { return strengths; }
	public void setStrengths(String v) { this.strengths = v; }
	public String getSupports() { return supports; }
	public void setSupports(String v) { this.supports = v; }
	public String getBarriers() { return barriers; }
	public void setBarriers(String v) { this.barriers = v; }
	public String getStrategies() { return strategies; }
	public void setStrategies(String v) { this.strategies = v; }
	public String getPreferredWork() { return preferredWork; }
	public void setPreferredWork(String v) { this.preferredWork = v; }
	public Integer getPreferredHours() { return preferredHours; }
	public void setPreferredHours(Integer v) { this.preferredHours = v; }
	public String getPreferredPlace() { return preferredPlace; }
	public void setPreferredPlace(String v) { this.preferredPlace = v; }
	public Boolean getWantsPeerRole() { return wantsPeerRole; }
	public void setWantsPeerRole(Boolean v) { this.wantsPeerRole = v; }
	public List<StepForm> getSteps() { return steps; }
	public void setSteps(List<StepForm> v) { this.steps = v == null ? new ArrayList<>() : v; }
}
