package org.recoveryworks.coaching;

import java.util.Objects;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may open a participant's case record, and that writes each
 * read and write to the audit trail. A coach opens their own caseload, a supervisor their
 * program's; everyone else, employers and admins included, gets "not found". A sequestered
 * record opens under its pseudonym: who the person is shows only in an emergency access.
 */
@Component
class CaseRecords {

	private final ParticipantRepository participants;
	private final AuditTrail audit;
	private final EmergencyAccessRepository emergencyAccess;
	private final java.time.Clock clock;

	CaseRecords(ParticipantRepository participants, AuditTrail audit, EmergencyAccessRepository emergencyAccess, java.time.Clock clock) {
		this.participants = participants;
		this.audit = audit;
		this.emergencyAccess = emergencyAccess;
		this.clock = clock;
	}

	/**
	 * Whether this user sees who the person really is: always, unless the record is sequestered;
	 * then only a supervisor of the program during an emergency access (the privacy officer reads
	 * sequestered records through {@link Sequestering}).
	 */
	boolean reveals(AccountUser user, Participant p) {
		return !p.isSequestered() || emergencyUntil(user, p) != null;
	}

	/** When this user's emergency access to a sequestered record ends; null when they have none now. */
	java.time.Instant emergencyUntil(AccountUser user, Participant p) {
		if (user == null || !user.is(Role.SUPERVISOR) || !p.isSequestered() || !mayOpen(user, p)) {
			return null;
		}
		java.time.Instant now = java.time.Instant.now(clock);
		return emergencyAccess.findFirstByParticipantIdAndGrantedToAndStartsAtLessThanEqualAndEndsAtAfterOrderByEndsAtDesc(p.getId(),
				user.id(), now, now).map(EmergencyAccess::getEndsAt).orElse(null);
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
		if (p.isSequestered() && reveals(user, p)) {
			audit.record(user.id(), user.role().name(), AuditTrail.Action.READ, what, participantId, participantId,
					"emergency access to a sequestered record");
		}
		else {
			audit(user, AuditTrail.Action.READ, what, participantId, participantId);
		}
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
