package org.recoveryworks.coaching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrolling, updating, discharging and re-enrolling participants, and caseload assignment. */
@Service
class Participants {

	static final String RECORD = "participant";

	private final ParticipantRepository participants;
	private final EnrollmentRepository enrollments;
	private final CaseRecords records;
	private final Accounts accounts;
	private final Clock clock;

	Participants(ParticipantRepository participants, EnrollmentRepository enrollments, CaseRecords records,
			Accounts accounts, Clock clock) {
		this.participants = participants;
		this.enrollments = enrollments;
		this.records = records;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Enrolls a person. A coach enrolls onto their own caseload; a supervisor chooses a coach of the program. */
	@Transactional
	Long enroll(AccountUser staff, ParticipantForm form) {
		requireStaff(staff);
		Long coachId = staff.is(Role.SUPERVISOR) && form.getPrimaryCoachId() != null ? form.getPrimaryCoachId() : staff.id();
		requireCoachOfProgram(coachId, staff.organizationId());
		Participant p = new Participant(staff.organizationId(), coachId, Instant.now(clock));
		p.apply(form);
		participants.saveAndFlush(p);
		enrollments.save(new Enrollment(p.getId(), p.getEnrolledOn()));
		records.audit(staff, AuditTrail.Action.CREATE, RECORD, p.getId(), p.getId());
		return p.getId();
	}

	@Transactional
	ParticipantView read(AccountUser staff, Long id) {
		Participant p = records.read(staff, id, RECORD);
		java.time.Instant emergencyUntil = records.emergencyUntil(staff, p);
		return view(p, !p.isSequestered() || emergencyUntil != null, emergencyUntil);
	}

	@Transactional
	ParticipantForm formOf(AccountUser staff, Long id) {
		Participant p = records.read(staff, id, RECORD);
		requireRevealed(staff, p);
		return ParticipantForm.of(p);
	}

	@Transactional
	void update(AccountUser staff, Long id, ParticipantForm form) {
		Participant p = records.open(staff, id);
		requireRevealed(staff, p);
		if (p.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Participant.class, id);
		}
		if (p.getDischargedOn() != null && form.getEnrolledOn() != null && form.getEnrolledOn().isAfter(p.getDischargedOn())) {
			throw new RuleViolation("enrolledOn", "participant.enrolledOn.afterDischarge", "The enrollment date is after the discharge.");
		}
		LocalDate before = p.getEnrolledOn();
		p.apply(form);
		participants.saveAndFlush(p);
		// The current enrollment period starts on the corrected date too.
		enrollments.findByParticipantIdOrderByEnrolledOnAscIdAsc(id).stream()
			.filter(e -> e.getEnrolledOn().equals(before))
			.reduce((first, second) -> second)
			.ifPresent(e -> e.startOn(p.getEnrolledOn()));
		records.audit(staff, AuditTrail.Action.UPDATE, RECORD, id, id);
	}

	@Transactional
	void discharge(AccountUser staff, Long id, LocalDate on, DischargeReason reason, String note) {
		Participant p = records.open(staff, id);
		if (reason == null) {
			throw new RuleViolation("reason", "participant.discharge.reason", "Choose why the enrollment ends.");
		}
		if (note != null && note.length() > 1000) {
			throw new RuleViolation("note", "participant.size.1000", "Please use at most 1,000 characters.");
		}
		if (on.isBefore(p.getEnrolledOn())) {
			throw new RuleViolation("dischargedOn", "participant.discharge.beforeEnrollment", "The discharge date is before the enrollment date.");
		}
		p.discharge(on, reason, note);
		enrollments.findByParticipantIdOrderByEnrolledOnAscIdAsc(id).stream().filter(Enrollment::isOpen)
			.forEach(e -> e.end(on, reason, p.getDischargeNote()));
		records.audit(staff, AuditTrail.Action.UPDATE, RECORD, id, id);
	}

	/** Enrolls a discharged person again; the earlier enrollments stay in the history. */
	@Transactional
	void reenroll(AccountUser staff, Long id, LocalDate on) {
		Participant p = records.open(staff, id);
		if (p.getDischargedOn() != null && on.isBefore(p.getDischargedOn())) {
			throw new RuleViolation("enrolledOn", "participant.reenroll.beforeDischarge", "Re-enrollment must be after the discharge.");
		}
		p.reenroll(on);
		enrollments.save(new Enrollment(id, on));
		records.audit(staff, AuditTrail.Action.UPDATE, RECORD, id, id);
	}

	/** A supervisor moves a participant to another coach of the program. */
	@Transactional
	void transfer(AccountUser supervisor, Long id, Long coachId) {
		if (supervisor == null || !supervisor.is(Role.SUPERVISOR)) {
			throw new AccessDeniedException("Supervisors assign caseloads");
		}
		Participant p = records.open(supervisor, id);
		requireCoachOfProgram(coachId, supervisor.organizationId());
		p.assignTo(coachId);
		records.audit(supervisor, AuditTrail.Action.UPDATE, RECORD, id, id);
	}

	/** The participants a staff member sees: a coach's caseload, a supervisor's program. */
	@Transactional(readOnly = true)
	List<Participant> visibleTo(AccountUser staff) {
		requireStaff(staff);
		// Ordered by the name each record goes by: a pseudonym's place among real names would hint at the person.
		return (staff.is(Role.SUPERVISOR) ? participants.findByProgramIdOrderByFullNameAsc(staff.organizationId())
				: participants.findByPrimaryCoachIdOrderByFullNameAsc(staff.id())).stream()
			.sorted(java.util.Comparator.comparing(Participant::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	@Transactional(readOnly = true)
	List<AccountUser> coaches(AccountUser staff) {
		requireStaff(staff);
		return accounts.staff(staff.organizationId()).stream().filter(u -> u.is(Role.COACH)).toList();
	}

	ParticipantView view(Participant p, boolean reveal, java.time.Instant emergencyUntil) {
		String coach = accounts.find(p.getPrimaryCoachId()).map(AccountUser::displayName).orElse("");
		return ParticipantView.of(p, coach, enrollments.findByParticipantIdOrderByEnrolledOnAscIdAsc(p.getId()), reveal, emergencyUntil);
	}

	/** Who a sequestered person is (name, contact, address) is changed only in an emergency access. */
	private void requireRevealed(AccountUser staff, Participant p) {
		if (!records.reveals(staff, p)) {
			throw new RuleViolation(null, "participant.sequestered.edit",
					"This record is sequestered: its name and contact details cannot be changed here.");
		}
	}

	private void requireCoachOfProgram(Long coachId, Long programId) {
		boolean ok = coachId != null && accounts.find(coachId)
			.filter(u -> u.is(Role.COACH) || u.is(Role.SUPERVISOR))
			.filter(u -> Objects.equals(u.organizationId(), programId))
			.isPresent();
		if (!ok) {
			throw new RuleViolation("primaryCoachId", "participant.coach.invalid", "Choose a coach of your program.");
		}
	}

	/** For records addressed by id: anyone but program staff gets "not found", as for case records. */
	static void requireStaffOr404(AccountUser user, Long id) {
		if (!CaseRecords.isStaff(user)) {
			throw new ParticipantNotFound(id);
		}
	}

	static void requireStaff(AccountUser user) {
		CaseFiles.requireStaff(user);
	}
}
