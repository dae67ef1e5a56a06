package org.recoveryworks.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** The result of a follow-up. */
class FollowUpForm {

	private long version;

	private boolean reached = true;

	@NotNull(message = "{followUp.contactedOn.required}")
	@PastOrPresent(message = "{followUp.contactedOn.future}")
	@org.recoveryworks.shared.ReasonableDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contactedOn;

	private Boolean stillEmployed;

	private Boolean sameJob;

	@DecimalMin(value = "0.5", message = "{placement.hours.range}")
	@DecimalMax(value = "80", message = "{placement.hours.range}")
	@Digits(integer = 3, fraction = 2, message = "{placement.hours.range}")
	private BigDecimal hoursPerWeek;

	@DecimalMin(value = "0", message = "{placement.wage.range}")
	@DecimalMax(value = "500", message = "{placement.wage.range}")
	@Digits(integer = 6, fraction = 2, message = "{placement.wage.range}")
	private BigDecimal hourlyWage;

	@AssertTrue(message = "{followUp.stillEmployed.required}")
	public boolean isEmploymentAnswered() {
		return !reached || stillEmployed != null;
	}

	public long getVersion() { return version; }
	public void setVersion(long v) { this.version = v; }
	public boolean isReached() { return reached; }
	public void setReached(boolean v) { this.reached = v; }
	public LocalDate getContactedOn() { return contactedOn; }
	public void setContactedOn(LocalDate v) { this.contactedOn = v; }
	public Boolean getStillEmployed() { return stillEmployed; }
	public void setStillEmployed(Boolean v) { this.stillEmployed = v; }
	public Boolean getSameJob() { return sameJob; }
	public void setSameJob(Boolean v) { this.sameJob = v; }
	public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
	public void setHoursPerWeek(BigDecimal v) { this.hoursPerWeek = v; }
	public BigDecimal getHourlyWage() { return hourlyWage; }
	public void setHourlyWage(BigDecimal v) { this.hourlyWage = v; }
}
