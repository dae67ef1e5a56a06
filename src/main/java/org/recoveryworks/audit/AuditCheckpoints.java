package org.recoveryworks.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.recoveryworks.shared.RecoveryWorksProperties;
import org.recoveryworks.shared.mail.Mailer;
import org.recoveryworks.shared.web.Languages;
import org.recoveryworks.shared.web.Dates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Saves checkpoints of the audit trail: every night and when the privacy officer asks. The trail is
 * sealed and checked first; only an intact chain is copied, to a signed file outside the database
 * ({@link CheckpointFiles}), and its digest is e-mailed to every active privacy officer, so that a
 * later rewrite of the trail cannot match it. A broken chain is not copied: the privacy officers are
 * told instead.
 */
@Component
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	/** What saving a checkpoint did: the checkpoint, or none and the check that found the trail broken. */
	record Outcome(AuditChain.Verification verification, CheckpointFiles.Checkpoint checkpoint) {

		boolean saved() {
			return checkpoint != null;
		}
	}

	private final AuditChain chain;
	private final CheckpointFiles files;
	private final PrivacyOfficers officers;
	private final Mailer mailer;
	private final MessageSource messages;
	private final Dates dates;
	private final RecoveryWorksProperties properties;
	private final Clock clock;
	private final ObjectProvider<Languages.PreferredLanguages> languages;

	AuditCheckpoints(AuditChain chain, CheckpointFiles files, PrivacyOfficers officers, Mailer mailer, MessageSource messages, Dates dates,
			RecoveryWorksProperties properties, Clock clock, ObjectProvider<Languages.PreferredLanguages> languages) {
		this.languages = languages;
		this.chain = chain;
		this.files = files;
		this.officers = officers;
		this.mailer = mailer;
		this.messages = messages;
		this.dates = dates;
		this.properties = properties;
		this.clock = clock;
	}

	/** Every night, in the deployment's time zone. */
	@Scheduled(cron = "${recoveryworks.audit.checkpoint-cron:0 50 2 * * *}", zone = "${recoveryworks.time-zone:America/New_York}")
	@SchedulerLock(name = "audit-checkpoint", lockAtLeastFor = "PT1M")
	public void nightly() {
		Outcome outcome = save();
		if (outcome.saved()) {
			log.info("Audit checkpoint saved: link {} in {}", outcome.checkpoint().sequence(), outcome.checkpoint().file());
		}
	}

	/** Seals what is waiting, checks the trail and, if it is intact, saves a checkpoint and e-mails its digest. */
	Outcome save() {
		while (chain.seal() > 0) {
			// Everything written so far, 5,000 entries at a time.
		}
		AuditChain.Verification verification = chain.verify();
		if (!verification.intact()) {
			log.error("No audit checkpoint was saved: {}", verification.describe());
			for (String to : officers.emails()) {
				Languages.writeIn(languageOf(to), () -> mailer.send(to, message("mail.auditBroken.subject"),
						message("mail.auditBroken.body", verification.describe(), link())));
			}
			return new Outcome(verification, null);
		}
		CheckpointFiles.Checkpoint checkpoint = files.write(verification.entries(), verification.headHash(), Instant.now(clock));
		for (String to : officers.emails()) {
			Languages.writeIn(languageOf(to), () -> mailer.send(to, message("mail.auditCheckpoint.subject", dates.day(checkpoint.at())),
					message("mail.auditCheckpoint.body", dates.time(checkpoint.at()), String.valueOf(checkpoint.sequence()), checkpoint.hash(),
							checkpoint.at().toString(), link())));
		}
		return new Outcome(verification, checkpoint);
	}

	/** The language the officer chose in their account; for an address without one, the request's (English at night). */
	private Locale languageOf(String email) {
		Languages.PreferredLanguages kept = languages.getIfAvailable();
		return (kept == null ? Optional.<Locale>empty() : kept.of(email)).orElseGet(Languages::current);
	}

	private String link() {
		return properties.baseUrl() + "/privacy/audit";
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}
}
