package org.recoveryworks.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Everything an employer writes in a posting: the request body of the posting API and what the
 * HTML form converts to. The rules here are the only posting validation rules.
 */
public record PostingDetails(
		@NotBlank(message = "{posting.recruitmentNumber.required}") @Size(max = 40, message = "{posting.size.40}")
		@Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._/-]*$", message = "{posting.recruitmentNumber.pattern}") String recruitmentNumber,
		@NotBlank(message = "{posting.title.required}") @Size(max = 200, message = "{posting.size.200}") String title,
		@Size(max = 200, message = "{posting.size.200}") String jobClass,
		@Size(max = 200, message = "{posting.size.200}") String facility,
		@Size(max = 200, message = "{posting.size.200}") String street,
		@NotBlank(message = "{posting.town.required}") @Size(max = 100, message = "{posting.size.100}") String town,
		@NotBlank(message = "{posting.zip.required}") @Pattern(regexp = "^\\d{5}$", message = "{posting.zip.pattern}") String zip,
		@Size(max = 200, message = "{posting.size.200}") String unit,
		@NotNull(message = "{posting.hoursPerWeek.required}") @DecimalMin(value = "1", message = "{posting.hoursPerWeek.range}")
		@DecimalMax(value = "80", message = "{posting.hoursPerWeek.range}")
		@Digits(integer = 3, fraction = 2, message = "{posting.salary.digits}") BigDecimal hoursPerWeek,
		@NotNull(message = "{posting.shift.required}") Shift shift,
		@Size(max = 200, message = "{posting.size.200}") String days,
		@Size(max = 200, message = "{posting.size.200}") String scheduleNote,
		@NotNull(message = "{posting.employmentType.required}") EmploymentType employmentType,
		@NotNull(message = "{posting.salaryUnit.required}") SalaryUnit salaryUnit,
		@NotNull(message = "{posting.salary.required}") @DecimalMin(value = "0.01", message = "{posting.salary.positive}")
		@Digits(integer = 9, fraction = 2, message = "{posting.salary.digits}") BigDecimal salaryMin,
		@NotNull(message = "{posting.salary.required}") @DecimalMin(value = "0.01", message = "{posting.salary.positive}")
		@Digits(integer = 9, fraction = 2, message = "{posting.salary.digits}") BigDecimal salaryMax,
		@NotNull(message = "{posting.payPeriodHours.required}") @DecimalMin(value = "1", message = "{posting.payPeriodHours.range}")
		@DecimalMax(value = "200", message = "{posting.payPeriodHours.range}")
		@Digits(integer = 4, fraction = 2, message = "{posting.salary.digits}") BigDecimal payPeriodHours,
		@NotNull(message = "{posting.periodsPerYear.required}") @DecimalMin(value = "1", message = "{posting.periodsPerYear.range}")
		@DecimalMax(value = "53", message = "{posting.periodsPerYear.range}")
		@Digits(integer = 4, fraction = 2, message = "{posting.salary.digits}") BigDecimal periodsPerYear,
		@NotBlank(message = "{posting.duties.required}") @Size(max = 20000, message = "{posting.size.20000}") String duties,
		@Size(max = 10000, message = "{posting.size.10000}") String knowledgeSkillsAbilities,
		@NotBlank(message = "{posting.minimumQualifications.required}") @Size(max = 10000, message = "{posting.size.10000}") String minimumQualifications,
		@Size(max = 10000, message = "{posting.size.10000}") String preferredQualifications,
		@Size(max = 10000, message = "{posting.size.10000}") String specialRequirements,
		@Size(max = 10000, message = "{posting.size.10000}") String benefits,
		@Size(max = 10000, message = "{posting.size.10000}") String selectionPlan,
		@Size(max = 10000, message = "{posting.size.10000}") String howToApply,
		@NotNull(message = "{posting.openDate.required}") LocalDate openDate,
		LocalDate closeDate,
		@NotNull(message = "{posting.openings.required}") @Min(value = 1, message = "{posting.openings.range}")
		@Max(value = 500, message = "{posting.openings.range}") Integer openings,
		Boolean peerRole,
		Boolean behavioralHealth,
		@Valid @Size(max = 20, message = "{posting.questions.size}")
		List<@NotNull(message = "{question.text.required}") QuestionDetails> questions) {

	@JsonIgnore
	@AssertTrue(message = "{posting.salary.order}")
	public boolean isSalaryMaxValid() {
		return salaryMin == null || salaryMax == null || salaryMax.compareTo(salaryMin) >= 0;
	}

	@JsonIgnore
	@AssertTrue(message = "{posting.closeDate.order}")
	public boolean isCloseDateValid() {
		return openDate == null || closeDate == null || !closeDate.isBefore(openDate);
	}
}
