package org.recoveryworks.credentials;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.recoveryworks.shared.ReasonableDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** An entry as the person logs it. */
class EntryForm {

	@NotNull(message = "{credentialEntry.kind.required}")
	private EntryKind kind;

	@Size(max = 100, message = "{credentialEntry.domain.invalid}")
	private String domain;

	@DecimalMin(value = "0.25", message = "{credentialEntry.hours.range}")
	@DecimalMax(value = "2000", message = "{credentialEntry.hours.range}")
	@Digits(integer = 4, fraction = 2, message = "{credentialEntry.hours.range}")
	private BigDecimal hours;

	@NotNull(message = "{credentialEntry.doneOn.required}")
	@PastOrPresent(message = "{credentialEntry.doneOn.future}")
	@ReasonableDate
	private LocalDate doneOn;

	@NotBlank(message = "{credentialEntry.description.required}")
	@Size(max = 500, message = "{fidelity.size.500}")
	private String description;

	@AssertTrue(message = "{credentialEntry.hours.required}")
	public boolean isHoursGiven() {
		return kind == null || !kind.takesHours() || hours != null;
	}

	/** The certificate travels as a file part; this property only carries its error message. */
	public String getCertificate() { return null; }

	public EntryKind getKind() { return kind; }
	public void setKind(EntryKind v) { this.kind = v; }
	public String getDomain() { return domain; }
	public void setDomain(String v) { this.domain = v; }
	public BigDecimal getHours() { return hours; }
	public void setHours(BigDecimal v) { this.hours = v; }
	public LocalDate getDoneOn() { return doneOn; }
	public void setDoneOn(LocalDate v) { this.doneOn = v; }
	public String getDescription() { return description; }
	public void setDescription(String v) { this.description = v; }
}
