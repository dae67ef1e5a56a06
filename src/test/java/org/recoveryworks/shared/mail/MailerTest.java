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
import org.springframework.mail.javamail.JavaMailSenderImpl;

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
	void smtpModeRecordsTheMailAsAnEventForAfterTheChangeIsCommittedNotInTheDevMailbox() {
		List<Object> events = new ArrayList<>();
		Mailer mailer = new Mailer(unusedRepository(), properties("smtp"), events::add,
				java.time.Clock.fixed(java.time.Instant.parse("2026-12-06T10:00:00Z"), java.time.ZoneOffset.UTC));

		mailer.send("pat@example.org", "Hello", "Body");

		assertThat(events).containsExactly(new MailToSend("pat@example.org", "Hello", "Body"));
	}

	@Test
	void smtpDeliverySendsThroughTheConfiguredServer() {
		RecordingSender sender = new RecordingSender();
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", sender);

		new SmtpDelivery(beans.getBeanProvider(JavaMailSender.class), properties("smtp")).deliver(new MailToSend("pat@example.org", "Hello", "Body"));

		assertThat(sender.sent).singleElement().satisfies(m -> {
			assertThat(m.getTo()).containsExactly("pat@example.org");
			assertThat(m.getFrom()).isEqualTo("no-reply@example.org");
			assertThat(m.getSubject()).isEqualTo("Hello");
		});
	}

	/** The refusal reaches the event publication registry, which keeps the mail as failed for the retry. */
	@Test
	void aMailTheServerRefusedIsNotSwallowedSoTheRetrySendsIt() {
		RecordingSender sender = new RecordingSender();
		sender.fail = true;
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", sender);
		SmtpDelivery delivery = new SmtpDelivery(beans.getBeanProvider(JavaMailSender.class), properties("smtp"));
		MailToSend mail = new MailToSend("pat@example.org", "Hello", "Body");

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> delivery.deliver(mail)).isInstanceOf(MailSendException.class);
		assertThat(sender.sent).isEmpty();

		sender.fail = false;
		delivery.deliver(mail);
		assertThat(sender.sent).hasSize(1);
	}

	/** A job alert carries the RFC 8058 headers, so a mail program offers "Unsubscribe" and posts to the link itself. */
	@Test
	void aMailThatCanBeStoppedCarriesTheOneClickUnsubscribeHeaders() throws Exception {
		List<MimeMessage> sent = new ArrayList<>();
		JavaMailSenderImpl smtp = new JavaMailSenderImpl() {
			@Override
			protected void doSend(MimeMessage[] messages, Object[] originals) {
				sent.addAll(List.of(messages));
			}
		};
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("smtp", smtp);
		new SmtpDelivery(beans.getBeanProvider(JavaMailSender.class), properties("smtp"))
			.deliver(new MailToSend("pat@example.org", "1 new job", "Body", "https://jobs.example.org/alerts/unsubscribe?token=1.abc"));
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).getHeader("List-Unsubscribe")).containsExactly("<https://jobs.example.org/alerts/unsubscribe?token=1.abc>");
		assertThat(sent.get(0).getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(sent.get(0).getSubject()).isEqualTo("1 new job");
	}
}
