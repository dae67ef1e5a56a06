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
 * The writes and checks a program's spreadsheet import needs on case records (participants with their enrollment,
 * sessions that took place): the same validation as the coaching pages, every write audited.
 */
@Service
public class CaseRecordImports {

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

	CaseRecordImports(CaseRecords records, ParticipantRepository participants, EnrollmentRepository enrollments,
			CoachingSessionRepository sessions, Validator validator, MessageSource messages, Clock clock) {
		this.records = records;
		this.participants = participants;
		this.enrollments = enrollments;
		this.sessions = sessions;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
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
	public Map<String, CaseFiles.ParticipantRef> importedParticipants(Long programId) {
		Map<String, CaseFiles.ParticipantRef> found = new HashMap<>();
		participants.findByProgramIdAndExternalIdIsNotNull(programId).forEach(p -> found.put(p.getExternalId(), CaseFiles.ref(p)));
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
