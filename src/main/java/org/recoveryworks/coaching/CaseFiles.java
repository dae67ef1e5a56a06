package org.recoveryworks.coaching;

import java.util.List;
import java.util.Optional;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case records as other modules use them (outcomes, consents, community): the same per-record access check and
 * audit trail as the coaching pages. An import's writes are {@link CaseRecordImports}.
 */
@Service
public class CaseFiles {

	/** A participant as other modules may refer to them: no contact details, no notes. */
	public record ParticipantRef(Long id, Long programId, Long coachId, String name, boolean active) {
	}

	private final CaseRecords records;
	private final ParticipantRepository participants;

	CaseFiles(CaseRecords records, ParticipantRepository participants) {
		this.records = records;
		this.participants = participants;
	}

	/** The participant, if this staff member may open the record (else "not found"); the read is audited. */
	@Transactional
	public ParticipantRef read(AccountUser staff, Long participantId, String what) {
		return ref(records.read(staff, participantId, what));
	}

	/** The participant, if this staff member may change the record; the caller audits the change. */
	@Transactional(readOnly = true)
	public ParticipantRef open(AccountUser staff, Long participantId) {
		return ref(records.open(staff, participantId));
	}

	/** Whether this staff member sees who the person is (not sequestered, or in an emergency access). */
	@Transactional(readOnly = true)
	public boolean reveals(AccountUser staff, Long participantId) {
		return records.reveals(staff, records.open(staff, participantId));
	}

	public void audit(AccountUser staff, AuditTrail.Action action, String recordType, Long recordId, Long participantId) {
		records.audit(staff, action, recordType, recordId, participantId);
	}

	public static boolean isStaff(AccountUser user) {
		return CaseRecords.isStaff(user);
	}

	/** Program staff's work (community support, consultations): anyone else is refused. */
	public static void requireStaff(AccountUser user) {
		if (!isStaff(user)) {
			throw new org.springframework.security.access.AccessDeniedException("Program staff only");
		}
	}

	/** Whether this staff member may open the participant's record (a coach: their caseload; a supervisor: the program). */
	@Transactional(readOnly = true)
	public boolean mayOpen(AccountUser staff, Long participantId) {
		return participantId != null && participants.findById(participantId).map(p -> CaseRecords.mayOpen(staff, p)).orElse(false);
	}

	/** The participants a staff member may open (nothing for anyone else); not audited, the caller audits what it shows. */
	@Transactional(readOnly = true)
	public List<ParticipantRef> visibleTo(AccountUser staff) {
		if (!isStaff(staff)) {
			return List.of();
		}
		return (staff.is(org.recoveryworks.accounts.Role.SUPERVISOR)
				? participants.findByProgramIdOrderByFullNameAsc(staff.organizationId())
				: participants.findByPrimaryCoachIdOrderByFullNameAsc(staff.id())).stream().map(CaseFiles::ref)
			// By the name each record goes by: a pseudonym's place among real names would hint at the person.
			.sorted(java.util.Comparator.comparing(ParticipantRef::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	/** The participant record a job seeker's account is linked to (the person agreed to the link). */
	@Transactional(readOnly = true)
	public Optional<ParticipantRef> linkedTo(Long seekerAccountId) {
		return participants.findFirstBySeekerAccountId(seekerAccountId).map(CaseFiles::ref);
	}

	/**
	 * The same, unless the record is sequestered: for what other modules show about the account, since that such an
	 * account belongs to a participant is itself hidden.
	 */
	@Transactional(readOnly = true)
	public Optional<ParticipantRef> linkedOpenlyTo(Long seekerAccountId) {
		return participants.findFirstBySeekerAccountIdAndSequesteredAtIsNull(seekerAccountId).map(CaseFiles::ref);
	}

	/** The job seeker accounts linked to participant records of a program (the people agreed to the link). */
	@Transactional(readOnly = true)
	public List<Long> linkedAccounts(Long programId) {
		return participants.findLinkedSeekerAccounts(programId);
	}

	static ParticipantRef ref(Participant p) {
		return new ParticipantRef(p.getId(), p.getProgramId(), p.getPrimaryCoachId(), p.displayName(),
				p.getStatus() == Participant.Status.ACTIVE);
	}
}
