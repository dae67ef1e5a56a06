package org.recoveryworks.audit;

import java.util.List;

/**
 * Who is sent each checkpoint of the audit trail: the active privacy officers. Implemented by the
 * accounts module, which knows the accounts (and already depends on this one).
 */
public interface PrivacyOfficers {

	/** The e-mail addresses of the active privacy officers. */
	List<String> emails();
}
