package org.recoveryworks.coaching;

import java.util.List;
import java.util.Objects;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whose caseload is whose: how many people a coach has, and a supervisor moving a whole caseload to another coach. */
@Service
@Transactional(readOnly = true)
public class Caseloads {

	private final ParticipantRepository participants;
	private final Accounts accounts;
	private final CaseRecords records;

	Caseloads(ParticipantRepository participants, Accounts accounts, CaseRecords records) {
		this.participants = participants;
		this.accounts = accounts;
		this.records = records;
	}

	/** How many people (enrolled or discharged) have this staff member as their coach. */
	public long size(Long coachId) {
		return participants.countByPrimaryCoachId(coachId);
	}

	/**
	 * A supervisor moves every person on a coach's caseload to another coach of the program (before the
	 * coach leaves, say). Each record's move is in the audit trail. How many were moved.
	 */
	@Transactional
	public int moveAll(AccountUser supervisor, Long fromCoachId, Long toCoachId) {
		if (supervisor == null || !supervisor.is(Role.SUPERVISOR)) {
			throw new AccessDeniedException("Supervisors assign caseloads");
		}
		boolean fromOwnProgram = fromCoachId != null && accounts.find(fromCoachId)
			.filter(u -> Objects.equals(u.organizationId(), supervisor.organizationId()))
			.isPresent();
		if (!fromOwnProgram) {
			throw new ParticipantNotFound(fromCoachId);
		}
		boolean toActiveCoach = toCoachId != null && !toCoachId.equals(fromCoachId) && accounts.staff(supervisor.organizationId()).stream()
			.anyMatch(u -> u.id().equals(toCoachId));
		if (!toActiveCoach) {
			throw new RuleViolation("toCoachId", "caseload.move.coach", "Choose another coach of your program.");
		}
		List<Participant> caseload = participants.findByProgramIdAndPrimaryCoachId(supervisor.organizationId(), fromCoachId);
		for (Participant p : caseload) {
			p.assignTo(toCoachId);
			records.audit(supervisor, AuditTrail.Action.UPDATE, Participants.RECORD, p.getId(), p.getId());
		}
		return caseload.size();
	}
}
