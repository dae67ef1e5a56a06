package org.recoveryworks.credentials;

import java.time.LocalDate;

import org.recoveryworks.shared.ReasonableDate;

import jakarta.validation.constraints.NotNull;

/** Starting to track a credential: which, and (for a credential with a trainee class) since when one is a trainee. */
class StartForm {

	@NotNull(message = "{credential.type.required}")
	private Long typeId;

	@ReasonableDate
	private LocalDate traineeSince;

	public Long getTypeId() { return typeId; }
	public void setTypeId(Long v) { this.typeId = v; }
	public LocalDate getTraineeSince() { return traineeSince; }
	public void setTraineeSince(LocalDate v) { this.traineeSince = v; }
}
