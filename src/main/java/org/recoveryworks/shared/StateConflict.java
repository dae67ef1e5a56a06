package org.recoveryworks.shared;

/**
 * A change of state the record does not allow from where it is (closing a draft, publishing a filled posting):
 * refused, nothing changed. The API answers 409 Conflict; pages show the message.
 */
public class StateConflict extends RuleViolation {

	public StateConflict(String messageKey, String defaultMessage, Object... arguments) {
		super(null, messageKey, defaultMessage, arguments);
	}
}
