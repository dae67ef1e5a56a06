package org.recoveryworks.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.recoveryworks.shared.RecoveryWorksProperties;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class MailerTest {

	/** Records what would go out over SMTP. */
	static class RecordingSender implements JavaMailSender {

		final List<SimpleMailMessage> sent = new ArrayList<>();
		boolean fail;

		@Override
		public void send(SimpleMailMessage... messages) {
			if (fail) {
				throw new MailSendException("SMTP server down");
			}
			sent.addAll(List.of(messages));
		}

		@Override
		public MimeMessage createMimeMessage() {
			throw new UnsupportedOperationException();
		}

		@Override
		public MimeMessage createMimeMessage(InputStream contentStream) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void send(MimeMessage... mimeMessages) {
			throw new UnsupportedOperationException();
		}
	}

	private static RecoveryWorksProperties properties(String mode) {
		return new RecoveryWorksProperties("http://localhost", false, "target/x", "no-reply@example.org", mode, Duration.ofHours(1));
	}

	private static MailMessageRepository unusedRepository() {
		return (MailMessageRepository) java.lang.reflect.Proxy.newProxyInstance(MailerTest.class.getClassLoader(),
				new Class<?>[] { MailMessageRepository.class, JpaRepository.class }, (proxy, method, args) -> {
					throw new AssertionError("the dev mailbox must not be used in smtp mode");
				});
	}

	@Test
	void smtpModeSendsThroughTheConfiguredServer() {
		RecordingSender sender = new RecordingSender();
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", sender);
		Mailer mailer = new Mailer(unusedRepository(), beans.getBeanProvider(JavaMailSender.class), properties("smtp"), java.time.Clock.systemUTC(), Runnable::run);

		mailer.send("pat@example.org", "Hello", "Body");

		assertThat(sender.sent).singleElement().satisfies(m -> {
			assertThat(m.getTo()).containsExactly("pat@example.org");
			assertThat(m.getFrom()).isEqualTo("no-reply@example.org");
			assertThat(m.getSubject()).isEqualTo("Hello");
		});
	}

	@Test
	void aFailingSmtpServerDoesNotUndoTheActionThatSentTheMail() {
		RecordingSender sender = new RecordingSender();
		sender.fail = true;
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", sender);
		Mailer mailer = new Mailer(unusedRepository(), beans.getBeanProvider(JavaMailSender.class), properties("smtp"), java.time.Clock.systemUTC(), Runnable::run);

		mailer.send("pat@example.org", "Hello", "Body");

		assertThat(sender.sent).isEmpty();
	}
}
