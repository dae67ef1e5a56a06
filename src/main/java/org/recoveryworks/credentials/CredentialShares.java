package org.recoveryworks.credentials;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.shared.NotFoundException;
import org.recoveryworks.shared.RecoveryWorksProperties;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer asks, on an application, for the candidate's verified credential summary; the
 * candidate decides which credentials to share, or none, and can change their mind. The employer
 * sees only what was shared, and only verified figures; each look is audited.
 */
@Service
class CredentialShares {

	static final String RECORD = "credential summary";

	/** The request as the employer's application page shows it (nothing once the application is withdrawn). */
	record ForEmployer(Long applicationId, String applicantName, boolean withdrawn, boolean requested, Boolean shared,
			Instant decidedAt, List<CredentialSummary> summaries) {
	}

	/** A request as the candidate sees it, with the credentials they could share. */
	record ForCandidate(Long id, String postingTitle, Instant requestedAt, Boolean shared, List<Long> sharedTrackIds) {
	}

	private final CredentialShareRepository shares;
	private final Credentials credentials;
	private final JobBank jobBank;
	private final Accounts accounts;
	private final Mailer mailer;
	private final MessageSource messages;
	private final RecoveryWorksProperties properties;
	private final AuditTrail audit;
	private final Clock clock;

	CredentialShares(CredentialShareRepository shares, Credentials credentials, JobBank jobBank, Accounts accounts, Mailer mailer,
			MessageSource messages, RecoveryWorksProperties properties, AuditTrail audit, Clock clock) {
		this.shares = shares;
		this.credentials = credentials;
		this.jobBank = jobBank;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	ForEmployer forEmployer(AccountUser employer, Long applicationId) {
		JobBank.ApplicationParties parties = employersApplication(employer, applicationId);
		var share = shares.findByApplicationId(applicationId);
		List<CredentialSummary> summaries = share.filter(s -> Boolean.TRUE.equals(s.getShared()) && !parties.withdrawn())
			.map(s -> summaries(s.getSeekerAccountId(), s.sharedTrackIds()))
			.orElse(List.of());
		if (!summaries.isEmpty()) {
			audit.record(employer.id(), employer.role().name(), AuditTrail.Action.READ, RECORD, applicationId, null);
		}
		return new ForEmployer(applicationId, parties.applicantName(), parties.withdrawn(), share.isPresent(),
				share.map(CredentialShare::getShared).orElse(null), share.map(CredentialShare::getDecidedAt).orElse(null), summaries);
	}

	/** The employer asks; the candidate gets an e-mail and decides on their credentials page. Asking twice changes nothing. */
	@Transactional
	void request(AccountUser employer, Long applicationId) {
		JobBank.ApplicationParties parties = employersApplication(employer, applicationId);
		if (parties.withdrawn()) {
			throw new RuleViolation(null, "credentialShare.withdrawn", "The candidate withdrew this application.");
		}
		if (shares.findByApplicationId(applicationId).isPresent()) {
			return;
		}
		// A second request at the same moment hits the unique application id and is rolled back; the caller treats it as asked.
		shares.saveAndFlush(new CredentialShare(applicationId, parties.seekerAccountId(), parties.employerOrganizationId(),
				employer.id(), Instant.now(clock)));
		accounts.find(parties.seekerAccountId()).ifPresent(seeker -> {
			var locale = accounts.languageOf(seeker.id());
			mailer.send(seeker.email(), messages.getMessage("mail.credentialRequest.subject", null, locale),
					messages.getMessage("mail.credentialRequest.body", new Object[] { parties.postingTitle(),
							properties.baseUrl() + "/credentials" }, locale));
		});
	}

	@Transactional(readOnly = true)
	List<ForCandidate> forCandidate(AccountUser seeker) {
		return shares.findBySeekerAccountIdOrderByRequestedAtDesc(seeker.id()).stream()
			.map(s -> new ForCandidate(s.getId(), jobBank.parties(s.getApplicationId()).map(JobBank.ApplicationParties::postingTitle).orElse(""),
					s.getRequestedAt(), s.getShared(), s.sharedTrackIds()))
			.toList();
	}

	/** The candidate shares the credentials they chose (none chosen: nothing is shared). */
	@Transactional
	void decide(AccountUser seeker, Long shareId, List<Long> trackIds) {
		CredentialShare share = shares.findById(shareId)
			.filter(s -> Objects.equals(s.getSeekerAccountId(), seeker.id()))
			.orElseThrow(() -> new ShareNotFound(shareId));
		List<Long> own = credentials.tracksOf(seeker.id()).stream().map(CredentialTrack::getId).toList();
		List<Long> chosen = trackIds == null ? List.of() : trackIds.stream().filter(Objects::nonNull).distinct().toList();
		if (!own.containsAll(chosen)) {
			throw new RuleViolation("trackIds", "credentialShare.invalid", "Choose among your own credentials.");
		}
		if (chosen.isEmpty()) {
			share.decline(Instant.now(clock));
		}
		else {
			share.share(chosen, Instant.now(clock));
		}
	}

	/** Verified figures only: what the employer may see of the chosen tracks. */
	private List<CredentialSummary> summaries(Long accountId, List<Long> trackIds) {
		return credentials.tracksOf(accountId).stream().filter(t -> trackIds.contains(t.getId())).map(t -> {
			CredentialType type = credentials.type(t.getTypeId()).orElseThrow();
			CredentialProgress p = credentials.progress(t, type, credentials.entriesOf(t.getId()));
			return new CredentialSummary(type.getName(), type.getIssuer(),
					p.certification() == null ? null : p.certification().certifiedOn(),
					p.certification() == null ? null : p.certification().renewalDue(),
					p.certification() != null && p.certification().expired(),
					p.requirements().stream().map(r -> new CredentialSummary.Line(r.key(), r.target(), r.verified(), r.met(), r.hours()))
						.toList(),
					// The trainee start date is the person's own word until a supervisor records the move up.
					t.getPromotedOn() == null ? null : t.getTraineeSince(), t.getPromotedOn());
		}).toList();
	}

	private JobBank.ApplicationParties employersApplication(AccountUser employer, Long applicationId) {
		if (!employer.is(Role.EMPLOYER)) {
			throw new ShareNotFound(applicationId);
		}
		return jobBank.parties(applicationId)
			.filter(p -> Objects.equals(p.employerOrganizationId(), employer.organizationId()))
			.orElseThrow(() -> new ShareNotFound(applicationId));
	}

	static class ShareNotFound extends NotFoundException {
		ShareNotFound(Long id) {
			super("No application " + id);
		}
	}
}
