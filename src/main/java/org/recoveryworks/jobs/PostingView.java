package org.recoveryworks.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A posting as readers and API clients see it, with pay shown in all three units. */
public record PostingView(Long id, long version, String recruitmentNumber, String title, String jobClass, Long organizationId,
		String organizationName, String facility, String street, String town, String zip, String unit,
		BigDecimal hoursPerWeek, Shift shift, String days, String scheduleNote, EmploymentType employmentType,
		SalaryUnit salaryUnit, BigDecimal salaryMin, BigDecimal salaryMax, BigDecimal payPeriodHours,
		BigDecimal periodsPerYear, Pay pay, String duties, String knowledgeSkillsAbilities, String minimumQualifications,
		String preferredQualifications, String specialRequirements, String benefits, String selectionPlan,
		String howToApply, LocalDate openDate, LocalDate closeDate, int openings, boolean peerRole,
		boolean behavioralHealth, PostingStatus status, PostingState state, List<QuestionView> questions) {

	/** Pay in the three units: exactly one was entered, the others are derived. */
	public record Pay(BigDecimal hourlyMin, BigDecimal hourlyMax, BigDecimal biweeklyMin, BigDecimal biweeklyMax,
			BigDecimal yearlyMin, BigDecimal yearlyMax) {
	}

	/** An application question. */
	public record QuestionView(Long id, String text, QuestionType type, List<String> choices, boolean required) {
	}

	public boolean open() {
		return state == PostingState.OPEN;
	}

	static PostingView of(Posting p, LocalDate today) {
		Salary s = p.salary();
		Pay pay = new Pay(s.hourlyMin(), s.hourlyMax(), s.biweeklyMin(), s.biweeklyMax(), s.yearlyMin(), s.yearlyMax());
		List<QuestionView> questions = p.getQuestions().stream()
			.map(q -> new QuestionView(q.getId(), q.getText(), q.getType(), q.getChoiceList(), q.isRequired()))
			.toList();
		return new PostingView(p.getId(), p.getVersion(), p.getRecruitmentNumber(), p.getTitle(), p.getJobClass(),
				p.getOrganizationId(), p.getOrganizationName(), p.getFacility(), p.getStreet(), p.getTown(), p.getZip(),
				p.getUnit(), p.getHoursPerWeek(), p.getShift(), p.getDays(), p.getScheduleNote(), p.getEmploymentType(),
				p.getSalaryUnit(), p.getSalaryMin(), p.getSalaryMax(), p.getPayPeriodHours(), p.getPeriodsPerYear(), pay,
				p.getDuties(), p.getKnowledgeSkillsAbilities(), p.getMinimumQualifications(), p.getPreferredQualifications(),
				p.getSpecialRequirements(), p.getBenefits(), p.getSelectionPlan(), p.getHowToApply(), p.getOpenDate(),
				p.getCloseDate(), p.getOpenings(), p.isPeerRole(), p.isBehavioralHealth(), p.getStatus(),
				p.stateOn(today), questions);
	}
}
