package org.recoveryworks.administration;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.organizations.OrganizationSummary;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator's decision on an employer: verified, or refused with a reason; its team is told, and the trail keeps it. */
@Service
class EmployerVerification {

	static final String RECORD = "organization";

	private final Organizations organizations;
	private final Accounts accounts;
	private final AuditTrail audit;
	private final Mailer mailer;
	private final MessageSource messages;

	EmployerVerification(Organizations organizations, Accounts accounts, AuditTrail audit, Mailer mailer, MessageSource messages) {
		this.organizations = organizations;
		this.accounts = accounts;
		this.audit = audit;
		this.mailer = mailer;
		this.messages = messages;
	}

	/** Verifies the employer; false when it already was (the same form sent twice). */
	@Transactional
	boolean verify(AccountUser admin, Long id) {
		OrganizationSummary employer = organizations.employer(id);
		if (!organizations.verify(id, admin.id())) {
			return false;
		}
		audit.record(admin.id(), admin.role().name(), AuditTrail.Action.UPDATE, RECORD, id, null, "verified");
		tell(employer, "verification.mail.verified.subject", "verification.mail.verified.body", null);
		return true;
	}

	@Transactional
	void refuse(AccountUser admin, Long id, String reason) {
		OrganizationSummary employer = organizations.employer(id);
		String why = reason == null ? "" : reason.strip();
		if (why.length() < 10 || why.length() > 1000) {
			throw new RuleViolation("reason", "verification.reason.size", "Say why, in 10 to 1,000 characters, so they can correct it.");
		}
		organizations.refuse(id, admin.id(), why);
		audit.record(admin.id(), admin.role().name(), AuditTrail.Action.UPDATE, RECORD, id, null, "refused: " + why);
		tell(employer, "verification.mail.refused.subject", "verification.mail.refused.body", why);
	}

	/** An employer's own profile change, in the audit trail; true when a refused employer thereby asks again. */
	@Transactional
	boolean saveProfile(AccountUser employer, long version, org.recoveryworks.organizations.OrganizationProfile profile) {
		boolean askedAgain = organizations.updateProfile(employer.organizationId(), version, profile);
		audit.record(employer.id(), employer.role().name(), AuditTrail.Action.UPDATE, RECORD, employer.organizationId(), null,
				askedAgain ? "profile corrected: asks again to be verified" : "profile changed");
		return askedAgain;
	}

	private void tell(OrganizationSummary employer, String subjectKey, String bodyKey, String reason) {
		for (String to : accounts.staffEmails(employer.id())) {
			var locale = accounts.languageOf(to);
			mailer.send(to, messages.getMessage(subjectKey, new Object[] { employer.name() }, locale),
					messages.getMessage(bodyKey, new Object[] { employer.name(), reason }, locale));
		}
	}
}
