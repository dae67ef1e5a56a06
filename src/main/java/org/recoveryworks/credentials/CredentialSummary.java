package org.recoveryworks.credentials;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an employer sees when a candidate shares a credential: its name and issuer, whether the
 * person holds it (verified), its renewal date, and the verified figures toward each requirement.
 * Nothing pending, nothing about coaching.
 */
record CredentialSummary(String name, String issuer, LocalDate certifiedOn, LocalDate renewalDue, boolean expired,
		List<Line> requirements, LocalDate traineeSince, LocalDate promotedOn) {

	/** A requirement with its verified figure (hours), or met / not yet (a step). */
	record Line(String key, BigDecimal target, BigDecimal verified, boolean met, boolean hours) {
	}

	public boolean certified() {
		return certifiedOn != null;
	}
}
