package org.recoveryworks.seekers;

import java.time.LocalDate;
import java.util.List;

/**
 * The credentials a person holds, verified by their program's supervisors (the credentials module answers): a profile
 * lists them by themselves when the person chooses, and so do their applications and résumé.
 */
public interface VerifiedCredentials {

	/** A credential the person holds now (certified, not expired). */
	record Held(String name, String issuer, LocalDate certifiedOn, LocalDate renewalDue) {
	}

	List<Held> heldBy(Long accountId);
}
