package org.recoveryworks.shared.mail;

import java.time.Clock;
import java.time.Instant;

import org.recoveryworks.shared.RecoveryWorksProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail. In the default mode every message is kept in the dev mailbox (a page only an
 * admin can open); with {@code recoveryworks.mail-mode=smtp} it goes out through the configured
 * SMTP server ({@code spring.mail.*}): the mail is recorded with the change that caused it (a {@link MailToSend} event
 * in the event publication registry) and {@link SmtpDelivery} sends it after the change is committed, off the request
 * thread; a mail the server refused is sent again by the retry, never lost and never undoing the change.
 */
@Service
public class Mailer {

	private final MailMessageRepository messages;
	private final RecoveryWorksProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Mailer(MailMessageRepository messages, RecoveryWorksProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.messages = messages;
		this.properties = properties;
		this.events = events;
	}

	@Transactional
	public void send(String to, String subject, String body) {
		send(to, subject, body, false);
	}

	/**
	 * Sends mail about a case record. In the dev mailbox its subject and text are hidden from the
	 * admin page: administrators never see case records (DESIGN.md).
	 */
	@Transactional
	public void sendAboutCaseRecord(String to, String subject, String body) {
		send(to, subject, body, true);
	}

	/**
	 * Sends mail the person asked for and may stop with one click (job alerts): it carries the RFC 8058
	 * List-Unsubscribe and List-Unsubscribe-Post headers with {@code unsubscribe}, an address that needs no sign-in.
	 */
	@Transactional
	public void sendWithUnsubscribe(String to, String subject, String body, String unsubscribe) {
		send(to, subject, body, false, unsubscribe);
	}

	private void send(String to, String subject, String body, boolean sensitive) {
		send(to, subject, body, sensitive, null);
	}

	private void send(String to, String subject, String body, boolean sensitive, String unsubscribe) {
		if (properties.smtp()) {
			// Only after the change is committed (no mail about a change that was rolled back), and off the request
			// thread, so how long a request takes says nothing about who has an account.
			events.publishEvent(new MailToSend(to, subject, body, unsubscribe));
			return;
		}
		messages.save(new MailMessage(to, subject, body, Instant.now(clock), sensitive).withListUnsubscribe(unsubscribe));
	}
}
