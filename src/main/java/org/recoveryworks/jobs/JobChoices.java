package org.recoveryworks.jobs;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The choices the job bank's pages offer in their selects and checkboxes. */
@ControllerAdvice(assignableTypes = { JobsController.class, EmployerPostingsController.class })
class JobChoices {

	@ModelAttribute("employmentTypes")
	EmploymentType[] employmentTypes() {
		return EmploymentType.values();
	}

	@ModelAttribute("shifts")
	Shift[] shifts() {
		return Shift.values();
	}

	@ModelAttribute("sorts")
	JobQuery.Sort[] sorts() {
		return JobQuery.Sort.values();
	}

	@ModelAttribute("salaryUnits")
	SalaryUnit[] salaryUnits() {
		return SalaryUnit.values();
	}

	@ModelAttribute("questionTypes")
	QuestionType[] questionTypes() {
		return QuestionType.values();
	}

	@ModelAttribute("employerStages")
	List<Stage> employerStages() {
		return Stage.EMPLOYER_STAGES;
	}
}
