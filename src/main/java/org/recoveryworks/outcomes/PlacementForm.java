package org.recoveryworks.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The placement form (and an import row, checked with the same rules). */
class PlacementForm {

	private long version;

	@NotBlank(message = "{placement.employerName.required}")
	@Size(max = 200, message = "{participant.size.200}")
	private String employerName;

	@NotBlank(message = "{placement.jobTitle.required}")
	@Size(max = 200, message = "{participant.size.200}")
	private String jobTitle;

	private boolean behavioralHealth;

	private boolean peerRole;

	private boolean fullTime;

	@NotNull(message = "{placement.hours.required}")
	@DecimalMin(value = "0.5", message = "{placement.hours.range}")
	@DecimalMax(value = "80", message = "{placement.hours.range}")
	@Digits(integer = 3, fraction = 2, message = "{placement.hours.range}")
	private BigDecimal hoursPerWeek;

	@DecimalMin(value = "0", message = "{placement.wage.range}")
	@DecimalMax(value = "500", message = "{placement.wage.range}")
	@Digits(integer = 6, fraction = 2, message = "{placement.wage.range}")
	private BigDecimal hourlyWage;

	private boolean healthInsurance;

	private boolean paidLeave;

	private boolean retirement;

	private boolean openToAnyone = true;

	@NotBlank(message = "{placement.state.invalid}")
	@Pattern(regexp = "^\\s*[A-Za-z]{2}\\s*$", message = "{placement.state.invalid}")
	private String state;

	@NotNull(message = "{placement.startDate.required}")
	@org.recoveryworks.shared.ReasonableDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@org.recoveryworks.shared.ReasonableDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private EndReason endReason;

	private boolean viaJobBank;

	@AssertTrue(message = "{placement.endDate.beforeStart}")
	public boolean isEndAfterStart() {
		return endDate == null || startDate == null || !endDate.isBefore(startDate);
	}

	@AssertTrue(message = "{placement.endReason.required}")
	public boolean isEndReasonGiven() {
		return endDate == null || endReason != null;
	}

	static PlacementForm of(Placement p) {
		PlacementForm f = new PlacementForm();
		f.version = p.getVersion();
		f.employerName = p.getEmployerName();
		f.jobTitle = p.getJobTitle();
		f.behavioralHealth = p.isBehavioralHealth();
		f.peerRole = p.isPeerRole();
		f.fullTime = p.isFullTime();
		f.hoursPerWeek = p.getHoursPerWeek();
		f.hourlyWage = p.getHourlyWage();
		f.healthInsurance = p.isHealthInsurance();
		f.paidLeave = p.isPaidLeave();
		f.retirement = p.isRetirement();
		f.openToAnyone = p.isOpenToAnyone();
		f.state = p.getState();
		f.startDate = p.getStartDate();
		f.endDate = p.getEndDate();
		f.endReason = p.getEndReason();
		f.viaJobBank = p.isViaJobBank();
		return f;
	}

	public long getVersion() { return version; }
	public void setVersion(long v) { this.version = v; }
	public String getEmployerName() { return employerName; }
	public void setEmployerName(String v) { this.employerName = v; }
	public String getJobTitle() { return jobTitle; }
	public void setJobTitle(String v) { this.jobTitle = v; }
	public boolean isBehavioralHealth() { return behavioralHealth; }
	public void setBehavioralHealth(boolean v) { this.behavioralHealth = v; }
	public boolean isPeerRole() { return peerRole; }
	public void setPeerRole(boolean v) { this.peerRole = v; }
	public boolean isFullTime() { return fullTime; }
	public void setFullTime(boolean v) { this.fullTime = v; }
	public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
	public void setHoursPerWeek(BigDecimal v) { this.hoursPerWeek = v; }
	public BigDecimal getHourlyWage() { return hourlyWage; }
	public void setHourlyWage(BigDecimal v) { this.hourlyWage = v; }
	public boolean isHealthInsurance() { return healthInsurance; }
	public void setHealthInsurance(boolean v) { this.healthInsurance = v; }
	public boolean isPaidLeave() { return paidLeave; }
	public void setPaidLeave(boolean v) { this.paidLeave = v; }
	public boolean isRetirement() { return retirement; }
	public void setRetirement(boolean v) { this.retirement = v; }
	public boolean isOpenToAnyone() { return openToAnyone; }
	public void setOpenToAnyone(boolean v) { this.openToAnyone = v; }
	public String getState() { return state; }
	public void setState(String v) { this.state = v; }
	public LocalDate getStartDate() { return startDate; }
	public void setStartDate(LocalDate v) { this.startDate = v; }
	public LocalDate getEndDate() { return endDate; }
	public void setEndDate(LocalDate v) { this.endDate = v; }
	public EndReason getEndReason() { return endReason; }
	public void setEndReason(EndReason v) { this.endReason = v; }
	public boolean isViaJobBank() { return viaJobBank; }
	public void setViaJobBank(boolean v) { this.viaJobBank = v; }
}
