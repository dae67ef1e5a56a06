package org.recoveryworks.coaching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Case records as other modules use them (outcomes, imports): the same per-record access check
 * and audit trail as the coaching pages, and the writes an import needs.
 */
@Service
public class CaseFiles {

	/** A participant as other modules may refer to them: no contact details, no notes. */
	public record ParticipantRef(Long id, Long programId, Long coachId, String name, boolean active) {
	}

	/** A participant row from a program's spreadsheet. */
	public record ImportedParticipant(String externalId, Long coachId, String fullName, String preferredName,
			String phone, String email, String town, String zip, String language, LocalDate enrolledOn,
			String referralSource, EmploymentStatus employmentStatus, Set<Benefit> benefits, LocalDate dischargedOn,
			DischargeReason dischargeReason) {
	}

	/** A coaching session row from a program's spreadsheet: a session that took place. */
	public record ImportedSession(String externalId, Long participantId, Long coachId, Instant startsAt, int minutes,
			SessionMode mode, SessionKind kind, String topics, String note) {
	}

	private static final int CHUNK = 500;

	private final CaseRecords records;
	private final ParticipantRepository participants;
	private final EnrollmentRepository enrollments;
	private final CoachingSessionRepository sessions;
	private final Validator validator;
	private final MessageSource messages;
	private final Clock clock;

	CaseFiles(CaseRecords records, ParticipantRepository participants, EnrollmentRepository enrollments,
			CoachingSessionRepository sessions, Validator validator, MessageSource messages, Clock clock) {
		this.records = records;
		this.participants = participants;
		this.enrollments = enrollments;
		this.sessions = sessions;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
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

	/** What is wrong with an imported participant, by field name; empty when it can be saved. */
	public Map<String, String> problems(ImportedParticipant row) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (ConstraintViolation<ParticipantForm> v : validator.validate(form(row))) {
			String field = v.getPropertyPath().toString();
			problems.putIfAbsent(field.equals("benefitsValid") ? "benefits" : field, v.getMessage());
		}
		if (row.dischargedOn() != null && row.enrolledOn() != null && row.dischargedOn().isBefore(row.enrolledOn())) {
			problems.putIfAbsent("dischargedOn", text("import.discharge.beforeEnrollment"));
		}
		if (row.dischargedOn() != null && row.dischargedOn().isAfter(LocalDate.now(clock))) {
			problems.putIfAbsent("dischargedOn", text("import.date.future"));
		}
		return problems;
	}

	/** The program's imported participants by external id (not audited: only ids and names, for an import's checks). */
	@Transactional(readOnly = true)
	public Map<String, ParticipantRef> importedParticipants(Long programId) {
		Map<String, ParticipantRef> found = new HashMap<>();
		participants.findByProgramIdAndExternalIdIsNotNull(programId).forEach(p -> found.put(p.getExternalId(), ref(p)));
		return found;
	}

	/** The program's sessions already imported, by external id. */
	@Transactional(readOnly = true)
	public Set<String> importedSessions(Long programId, Collection<String> externalIds) {
		Set<String> found = new HashSet<>();
		for (List<String> chunk : chunks(externalIds)) {
			found.addAll(sessions.findImportedExternalIds(programId, chunk));
		}
		return found;
	}

	/** Creates an imported participant in the importer's program, with their enrollment period; audited. */
	@Transactional
	public Long importParticipant(AccountUser importer, Long programId, ImportedParticipant row) {
		Participant p = new Participant(programId, row.coachId(), Instant.now(clock));
		p.apply(form(row));
		p.importedAs(row.externalId());
		if (row.dischargedOn() != null) {
			p.discharge(row.dischargedOn(), row.dischargeReason() == null ? DischargeReason.OTHER : row.dischargeReason(), null);
		}
		participants.save(p);
		Enrollment enrollment = new Enrollment(p.getId(), row.enrolledOn());
		if (row.dischargedOn() != null) {
			enrollment.end(row.dischargedOn(), p.getDischargeReason(), null);
		}
		enrollments.save(enrollment);
		records.audit(importer, AuditTrail.Action.CREATE, "participant (import)", p.getId(), p.getId());
		return p.getId();
	}

	/** Creates an imported session, documented as held; audited. */
	@Transactional
	public Long importSession(AccountUser importer, ImportedSession row) {
		CoachingSession s = new CoachingSession(row.participantId(), row.coachId(), row.startsAt(), row.minutes(), row.mode(), row.kind());
		s.document(row.minutes(), row.mode(), row.kind(), row.topics(), null, row.note(), null, Instant.now(clock));
		s.importedAs(row.externalId());
		sessions.save(s);
		records.audit(importer, AuditTrail.Action.CREATE, "session (import)", s.getId(), row.participantId());
		return s.getId();
	}

	private static ParticipantForm form(ImportedParticipant row) {
		ParticipantForm f = new ParticipantForm();
		f.setFullName(row.fullName());
		f.setPreferredName(row.preferredName());
		f.setPhone(row.phone());
		f.setEmail(row.email());
		f.setTown(row.town());
		f.setZip(row.zip());
		f.setLanguage(row.language());
		f.setEnrolledOn(row.enrolledOn());
		f.setReferralSource(row.referralSource());
		f.setEmploymentStatus(row.employmentStatus());
		f.setBenefits(row.benefits() == null || row.benefits().isEmpty() ? EnumSet.of(Benefit.NONE) : EnumSet.copyOf(row.benefits()));
		return f;
	}

	static ParticipantRef ref(Participant p) {
		return new ParticipantRef(p.getId(), p.getProgramId(), p.getPrimaryCoachId(), p.displayName(),
				p.getStatus() == Participant.Status.ACTIVE);
	}

	private static List<List<String>> chunks(Collection<String> ids) {
		List<String> all = new ArrayList<>(ids);
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return chunks;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
