package org.recoveryworks.outcomes;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** A change in SSI or SSDI. */
class BenefitsChangeForm {

	@NotNull(message = "{benefits.changedOn.required}")
	@PastOrPresent(message = "{benefits.changedOn.future}")
	@org.recoveryworks.shared.ReasonableDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate changedOn;

	@NotNull(message = "{benefits.benefit.required}")
	private BenefitProgram benefit;

	@NotNull(message = "{benefits.change.required}")
	private BenefitChangeKind change;

	@NotNull(message = "{benefits.reason.required}")
	private BenefitChangeReason reason;

	public LocalDate getChangedOn() { return changedOn; }
	public void setChangedOn(LocalDate v) { this.changedOn = v; }
	public BenefitProgram getBenefit() { return benefit; }
	public void setBenefit(BenefitProgram v) { this.benefit = v; }
	public BenefitChangeKind getChange() { return change; }
	public void setChange(BenefitChangeKind v) { this.change = v; }
	public BenefitChangeReason getReason() { return reason; }
	public void setReason(BenefitChangeReason v) { this.reason = v; }
}
