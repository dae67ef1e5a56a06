package org.recoveryworks.shared.mail;

import java.time.Clock;
import java.time.Instant;

import org.recoveryworks.shared.RecoveryWorksProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mail. In the default mode every message is kept in the dev mailbox (a page only an
 * admin can open); with {@code recoveryworks.mail-mode=smtp} it goes out through the configured
 * SMTP server ({@code spring.mail.*}).
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final MailMessageRepository messages;
	private final ObjectProvider<JavaMailSender> sender;
	private final RecoveryWorksProperties properties;
	private final Executor executor;
	private final Clock clock;

	@Autowired
	Mailer(MailMessageRepository messages, ObjectProvider<JavaMailSender> sender, RecoveryWorksProperties properties, Clock clock) {
		this(messages, sender, properties, clock, Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "mail-sender");
			thread.setDaemon(true);
			return thread;
		}));
	}

	Mailer(MailMessageRepository messages, ObjectProvider<JavaMailSender> sender, RecoveryWorksProperties properties, Clock clock,
			Executor executor) {
		this.clock = clock;
		this.messages = messages;
		this.sender = sender;
		this.properties = properties;
		this.executor = executor;
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

	private void send(String to, String subject, String body, boolean sensitive) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (properties.smtp() && smtp != null) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(properties.mailFrom());
			message.setTo(to);
			message.setSubject(subject);
			message.setText(body);
			Runnable send = () -> {
				try {
					smtp.send(message);
				}
				catch (MailException e) {
					// Losing a notification must not undo the action that caused it.
					log.warn("Could not send mail to a recipient: {}", e.getMessage());
				}
			};
			// Only after the change is committed (no mail about a change that was rolled back), and
			// off the request thread, so how long a request takes says nothing about who has an account.
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						executor.execute(send);
					}
				});
			}
			else {
				executor.execute(send);
			}
			return;
		}
		messages.save(new MailMessage(to, subject, body, Instant.now(clock), sensitive));
	}
}
