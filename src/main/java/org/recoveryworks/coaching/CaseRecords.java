package org.recoveryworks.coaching;

import java.util.Objects;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may open a participant's case record, and that writes each
 * read and write to the audit trail. A coach opens their own caseload, a supervisor their
 * program's; everyone else, employers and admins included, gets "not found".
 */
@Component
class CaseRecords {

	private final ParticipantRepository participants;
	private final AuditTrail audit;

	CaseRecords(ParticipantRepository participants, AuditTrail audit) {
		this.participants = participants;
		this.audit = audit;
	}

	static boolean mayOpen(AccountUser user, Participant p) {
		if (user == null) {
			return false;
		}
		return switch (user.role()) {
			case COACH -> Objects.equals(p.getPrimaryCoachId(), user.id());
			case SUPERVISOR -> Objects.equals(p.getProgramId(), user.organizationId());
			default -> false;
		};
	}

	/** The participant, if this staff member may open the record; the read is audited. */
	Participant read(AccountUser user, Long participantId, String what) {
		Participant p = open(user, participantId);
		audit(user, AuditTrail.Action.READ, what, participantId, participantId);
		return p;
	}

	/** The participant, for a change the caller audits with {@link #audit}. */
	Participant open(AccountUser user, Long participantId) {
		return participants.findById(participantId)
			.filter(p -> mayOpen(user, p))
			.orElseThrow(() -> new ParticipantNotFound(participantId));
	}

	void audit(AccountUser user, AuditTrail.Action action, String recordType, Long recordId, Long participantId) {
		audit.record(user.id(), user.role().name(), action, recordType, recordId, participantId);
	}

	static boolean isStaff(AccountUser user) {
		return user != null && (user.is(Role.COACH) || user.is(Role.SUPERVISOR));
	}
}
