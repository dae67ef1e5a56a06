package org.recoveryworks.shared.mail;

/**
 * A mail to send over SMTP once the change that caused it is committed; {@code listUnsubscribe} is the address that
 * stops mail of its kind with one click (RFC 8058), or null.
 */
public record MailToSend(String to, String subject, String body, String listUnsubscribe) {

	public MailToSend(String to, String subject, String body) {
		this(to, subject, body, null);
	}
}
