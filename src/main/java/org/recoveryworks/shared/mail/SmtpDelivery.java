package org.recoveryworks.shared.mail;

import java.nio.charset.StandardCharsets;

import org.recoveryworks.shared.RecoveryWorksProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends each {@link MailToSend} through the SMTP server, after the change that caused it is committed and off the
 * request thread. A refusal (the server down, say) is not swallowed: the mail stays in the event publication registry
 * as failed, and {@code EventRetries} sends it again.
 */
@Component
class SmtpDelivery {

	private final ObjectProvider<JavaMailSender> sender;
	private final RecoveryWorksProperties properties;

	SmtpDelivery(ObjectProvider<JavaMailSender> sender, RecoveryWorksProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void deliver(MailToSend mail) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			throw new IllegalStateException("recoveryworks.mail-mode is smtp, but no SMTP server is configured (spring.mail.host)");
		}
		if (mail.listUnsubscribe() != null) {
			// RFC 8058: the mail program offers "Unsubscribe", which posts to the address without opening it.
			smtp.send(mime -> {
				MimeMessageHelper message = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
				message.setFrom(properties.mailFrom());
				message.setTo(mail.to());
				message.setSubject(mail.subject());
				message.setText(mail.body());
				mime.setHeader("List-Unsubscribe", "<" + mail.listUnsubscribe() + ">");
				mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			});
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.mailFrom());
		message.setTo(mail.to());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		smtp.send(message);
	}
}
