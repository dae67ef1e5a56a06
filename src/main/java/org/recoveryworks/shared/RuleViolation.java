package org.recoveryworks.shared;

import org.springframework.validation.Errors;

/**
 * A business rule refused an operation (for example "applications are closed"). Carries a
 * message key and the field it concerns, if any, so forms show it next to the field and the API
 * answers with a problem detail.
 */
public class RuleViolation extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final transient Object[] arguments;

	public RuleViolation(String field, String messageKey, String defaultMessage, Object... arguments) {
		super(defaultMessage);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** Reports this refusal in a form's errors: next to its field, or for the whole form when it has none. */
	public void rejectIn(Errors errors) {
		if (field == null) {
			errors.reject(messageKey, arguments, getMessage());
		}
		else {
			errors.rejectValue(field, messageKey, arguments, getMessage());
		}
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}
}
