package org.recoveryworks.shared.mail;

/** A mail to send over SMTP once the change that caused it is committed. */
public record MailToSend(String to, String subject, String body) {
}
