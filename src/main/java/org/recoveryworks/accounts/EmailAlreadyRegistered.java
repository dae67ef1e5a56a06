package org.recoveryworks.accounts;

import org.recoveryworks.shared.RuleViolation;

/** Registration with an e-mail address that already has an account. */
public class EmailAlreadyRegistered extends RuleViolation {

	public EmailAlreadyRegistered() {
		super("email", "registration.email.taken", "An account with this e-mail address already exists.");
	}
}
