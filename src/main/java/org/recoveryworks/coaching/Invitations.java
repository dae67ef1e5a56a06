package org.recoveryworks.coaching;

import java.util.List;
import java.util.Objects;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.RecoveryWorksProperties;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking a participant record to the person's own job seeker account, only with their
 * agreement: the coach invites, the person accepts or declines when signed in.
 */
@Service
class Invitations {

	/** An invitation as the invited person sees it. */
	record Invitation(Long participantId, String programName, String coachName) {
	}

	private final ParticipantRepository participants;
	private final CaseRecords records;
	private final Accounts accounts;
	private final Organizations organizations;
	private final Mailer mailer;
	private final MessageSource messages;
	private final RecoveryWorksProperties properties;

	Invitations(ParticipantRepository participants, CaseRecords records, Accounts accounts, Organizations organizations,
			Mailer mailer, MessageSource messages, RecoveryWorksProperties properties) {
		this.participants = participants;
		this.records = records;
		this.accounts = accounts;
		this.organizations = organizations;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
	}

	@Transactional
	void invite(AccountUser staff, Long participantId, String email) {
		Participant p = records.open(staff, participantId);
		if (p.getSeekerAccountId() != null) {
			throw new RuleViolation("email", "participant.invite.linked", "This record is already linked to the person's account.");
		}
		AccountUser seeker = accounts.findSeeker(email)
			.orElseThrow(() -> new RuleViolation("email", "participant.invite.noAccount",
					"No job seeker account uses that e-mail address. Ask the person to create one first."));
		if (participants.findFirstBySeekerAccountId(seeker.id()).filter(other -> !other.getId().equals(participantId)).isPresent()) {
			throw new RuleViolation("email", "participant.invite.taken", "That account is already linked to another record.");
		}
		p.invite(seeker.id());
		records.audit(staff, AuditTrail.Action.UPDATE, Participants.RECORD, participantId, participantId);
		var locale = accounts.languageOf(seeker.id());
		mailer.sendAboutCaseRecord(seeker.email(), messages.getMessage("mail.invite.subject", null, locale), messages.getMessage(
				"mail.invite.body", new Object[] { seeker.displayName(), staff.displayName(), properties.baseUrl() + "/my/coaching" },
				locale));
	}

	@Transactional(readOnly = true)
	List<Invitation> pending(AccountUser seeker) {
		return participants.findByInvitedAccountId(seeker.id()).stream()
			.map(p -> new Invitation(p.getId(), organizations.find(p.getProgramId()).map(o -> o.name()).orElse(""),
					accounts.find(p.getPrimaryCoachId()).map(AccountUser::displayName).orElse("")))
			.toList();
	}

	/** The person ends the link; their record stays with the program, their account no longer shows it. */
	@Transactional
	void unlink(AccountUser seeker, Long participantId) {
		Participant p = participants.findById(participantId)
			.filter(x -> Objects.equals(x.getSeekerAccountId(), seeker.id()))
			.orElseThrow(() -> new ParticipantNotFound(participantId));
		p.unlink();
		records.audit(seeker, AuditTrail.Action.UPDATE, Participants.RECORD, participantId, participantId);
	}

	@Transactional
	void answer(AccountUser seeker, Long participantId, boolean accept) {
		if (seeker == null || !seeker.is(Role.SEEKER)) {
			throw new org.springframework.security.access.AccessDeniedException("Only the invited person answers");
		}
		Participant p = participants.findById(participantId)
			.filter(x -> Objects.equals(x.getInvitedAccountId(), seeker.id()))
			.orElseThrow(() -> new ParticipantNotFound(participantId));
		if (accept) {
			if (participants.existsBySeekerAccountId(seeker.id())) {
				throw new RuleViolation(null, "invite.alreadyLinked",
						"Your account is already linked to a plan. Unlink it first if this is the one you want.");
			}
			p.acceptInvitation();
			try {
				participants.flush();
			}
			catch (org.springframework.dao.DataIntegrityViolationException e) {
				// Two invitations accepted at the same moment: the unique index keeps one.
				throw new RuleViolation(null, "invite.alreadyLinked",
						"Your account is already linked to a plan. Unlink it first if this is the one you want.");
			}
		}
		else {
			p.declineInvitation();
		}
		records.audit(seeker, AuditTrail.Action.UPDATE, Participants.RECORD, participantId, participantId);
	}
}
