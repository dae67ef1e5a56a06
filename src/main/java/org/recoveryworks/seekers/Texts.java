package org.recoveryworks.seekers;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.recoveryworks.shared.sms.TextSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Texts to a person, only with their recorded consent for that purpose. A text carries no health or treatment
 * information (42 CFR Part 2): the plain message says only that there is news at RecoveryWorks, unless the person chose
 * texts that name the job. Ended by a STOP reply or in the person's settings.
 */
@Service
public class Texts {

	/** What happened to a message a module wanted to send: whether it was texted, and whether e-mail should go too. */
	public enum Delivery {
		/** No consent for this: send the e-mail as before. */
		EMAIL,
		/** Texted, and the person also wants e-mail. */
		TEXT_AND_EMAIL,
		/** Texted instead of e-mail. */
		TEXT
	}

	private final TextConsentRepository consents;
	private final TextSender sender;
	private final Clock clock;

	Texts(TextConsentRepository consents, TextSender sender, Clock clock) {
		this.consents = consents;
		this.sender = sender;
		this.clock = clock;
	}

	/**
	 * Texts the person if they agreed to texts for this purpose: {@code plain} (no names) or, if they chose texts that
	 * name the job, {@code named} when given. Without consent nothing is sent.
	 */
	@Transactional
	public Delivery send(Long accountId, TextPurpose purpose, String plain, String named) {
		Optional<TextConsent> consent = consents.findByAccountId(accountId).filter(c -> c.covers(purpose));
		if (consent.isEmpty()) {
			return Delivery.EMAIL;
		}
		TextConsent c = consent.get();
		sender.send(c.getPhone(), c.isDetailed() && named != null ? named : plain);
		return c.isAlsoEmail() ? Delivery.TEXT_AND_EMAIL : Delivery.TEXT;
	}

	@Transactional(readOnly = true)
	Optional<TextConsent> consent(Long accountId) {
		return consents.findByAccountId(accountId);
	}

	@Transactional
	void agree(Long accountId, TextsForm form) {
		TextConsent consent = consents.findByAccountId(accountId).orElseGet(() -> new TextConsent(accountId));
		consent.agree(TextsForm.normal(form.getPhone()), form.getPurposes(), form.isAlsoEmail(), form.isDetailed(), Instant.now(clock));
		consents.save(consent);
	}

	@Transactional
	void stop(Long accountId) {
		consents.findByAccountId(accountId).ifPresent(c -> c.end(TextConsent.Ended.SETTINGS, Instant.now(clock)));
	}

	/** A STOP reply from a number ends every consent at that number; the number of consents it ended. */
	@Transactional
	int stopReply(String phone) {
		var active = consents.findByPhoneAndEndedAtIsNull(TextsForm.normal(phone));
		active.forEach(c -> c.end(TextConsent.Ended.STOP_REPLY, Instant.now(clock)));
		return active.size();
	}
}
