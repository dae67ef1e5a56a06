package org.recoveryworks.shared.sms;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a text. With an SMS provider ({@link SmsProvider}; Twilio when configured), the text is recorded with the change that caused it (a {@link TextToSend} event
 * in the event publication registry) and {@link ProviderDelivery} sends it after the commit, retried if Twilio refuses;
 * without a provider it is kept in the development outbox. Whether a person may be texted at all is for the caller
 * (seekers.Texts checks their consent): this only sends.
 */
@Service
public class TextSender {

	private final ObjectProvider<SmsProvider> provider;
	private final TextMessageRepository outbox;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	TextSender(ObjectProvider<SmsProvider> provider, TextMessageRepository outbox, ApplicationEventPublisher events, Clock clock) {
		this.provider = provider;
		this.outbox = outbox;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void send(String to, String body) {
		if (live()) {
			events.publishEvent(new TextToSend(to, body));
			return;
		}
		outbox.save(new TextMessage(to, body, Instant.now(clock)));
	}

	/** Whether texts go out through a provider (else to the development outbox). */
	public boolean live() {
		return provider.getIfAvailable() != null;
	}

	/** Forgets the texts the development outbox holds for a number (the person closed their account). */
	@Transactional
	public void forget(String to) {
		outbox.deleteAll(outbox.findByRecipientOrderByIdAsc(to));
	}

	/** The texts the development outbox holds for a number, oldest first. */
	@Transactional(readOnly = true)
	public List<String> outboxFor(String to) {
		return outbox.findByRecipientOrderByIdAsc(to).stream().map(TextMessage::getBody).toList();
	}
}
