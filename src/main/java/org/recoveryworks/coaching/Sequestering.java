package org.recoveryworks.coaching;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sequestered records (seeds/003_): the record of a participant who is or was on the staff goes
 * by a pseudonym everywhere; the privacy officer keeps the real name and reads the real record.
 * In an emergency a supervisor of the program may see who the person is for
 * {@link #EMERGENCY_ACCESS} after writing why; the access is flagged in the audit trail and the
 * privacy officer reviews it.
 */
@Service
class Sequestering {

	static final Duration EMERGENCY_ACCESS = Duration.ofMinutes(30);
	static final int MIN_REASON = 20;
	static final int MAX_REASON = 1000;
	static final String RECORD = "sequestered record";
	private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	/** A sequestered record as the privacy officer sees it. */
	record SequesteredView(Long id, String pseudonym, String realName, Long programId, Instant since) {
	}

	/** An emergency access waiting for the privacy officer's review. */
	record EmergencyView(Long id, Long participantId, String pseudonym, String supervisorName, String reason, Instant startsAt,
			Instant endsAt) {
	}

	private final ParticipantRepository participants;
	private final EmergencyAccessRepository emergencyAccess;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final CaseRecords records;
	private final Participants participantRecords;
	private final AuditTrail audit;
	private final Accounts accounts;
	private final Clock clock;

	Sequestering(ParticipantRepository participants, EmergencyAccessRepository emergencyAccess,
			org.springframework.context.ApplicationEventPublisher events, CaseRecords records, Participants participantRecords, AuditTrail audit,
			Accounts accounts, Clock clock) {
		this.participants = participants;
		this.emergencyAccess = emergencyAccess;
		this.events = events;
		this.records = records;
		this.participantRecords = participantRecords;
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The person's coach or supervisor marks the record: the person is or was on the staff. Its pseudonym. */
	@Transactional
	String sequester(AccountUser staff, Long participantId) {
		Participant p = records.open(staff, participantId);
		// Before a pseudonym is drawn.
		p.requireNotSequestered();
		String pseudonym = newPseudonym();
		p.sequester(pseudonym, Instant.now(clock));
		events.publishEvent(new ParticipantRenamed(p.getId(), pseudonym));
		records.audit(staff, AuditTrail.Action.UPDATE, RECORD, participantId, participantId);
		return pseudonym;
	}

	/** The privacy officer lifts the sequestration: the record goes by the person's name again. */
	@Transactional
	void lift(AccountUser officer, Long participantId) {
		requireOfficer(officer);
		Participant p = participants.findById(participantId).filter(Participant::isSequestered)
			.orElseThrow(() -> new ParticipantNotFound(participantId));
		p.liftSequestration();
		events.publishEvent(new ParticipantRenamed(p.getId(), p.realDisplayName()));
		audit.record(officer.id(), officer.role().name(), AuditTrail.Action.UPDATE, "sequestration lifted", participantId, participantId);
	}

	/** Every sequestered record, with the real names (each listed record's read is audited). */
	@Transactional
	List<SequesteredView> list(AccountUser officer) {
		requireOfficer(officer);
		List<Participant> all = participants.findBySequesteredAtIsNotNullOrderByPseudonymAsc();
		all.forEach(p -> audit.record(officer.id(), officer.role().name(), AuditTrail.Action.READ, RECORD + " (list)", p.getId(), p.getId()));
		return all.stream().map(p -> new SequesteredView(p.getId(), p.getPseudonym(), p.getFullName(), p.getProgramId(), p.getSequesteredAt()))
			.toList();
	}

	/** The real record of a sequestered participant, for the privacy officer. */
	@Transactional
	ParticipantView realRecord(AccountUser officer, Long participantId) {
		requireOfficer(officer);
		Participant p = participants.findById(participantId).filter(Participant::isSequestered)
			.orElseThrow(() -> new ParticipantNotFound(participantId));
		audit.record(officer.id(), officer.role().name(), AuditTrail.Action.READ, RECORD, participantId, participantId);
		return participantRecords.view(p, true, null);
	}

	/**
	 * Break glass: a supervisor of the program sees who the person is for 30 minutes, after writing
	 * why. Flagged in the audit trail with the reason, and listed for the privacy officer's review.
	 */
	@Transactional
	Instant breakGlass(AccountUser supervisor, Long participantId, String reason) {
		if (supervisor == null || !supervisor.is(Role.SUPERVISOR)) {
			throw new AccessDeniedException("Only a supervisor may use emergency access");
		}
		Participant p = records.open(supervisor, participantId);
		if (!p.isSequestered()) {
			throw new RuleViolation(null, "emergency.notSequestered", "This record is not sequestered.");
		}
		String why = reason == null ? "" : reason.trim();
		if (why.length() < MIN_REASON || why.length() > MAX_REASON) {
			throw new RuleViolation("reason", "emergency.reason.length", "Write why, in 20 to 1,000 characters.");
		}
		Instant now = Instant.now(clock);
		Instant ends = now.plus(EMERGENCY_ACCESS);
		emergencyAccess.save(new EmergencyAccess(participantId, supervisor.id(), why, now, ends));
		audit.record(supervisor.id(), supervisor.role().name(), AuditTrail.Action.EMERGENCY, RECORD, participantId, participantId,
				"for review: " + why);
		return ends;
	}

	@Transactional(readOnly = true)
	List<EmergencyView> toReview(AccountUser officer) {
		requireOfficer(officer);
		return emergencyAccess.findByReviewedAtIsNullOrderByStartsAtAsc().stream().map(e -> new EmergencyView(e.getId(),
				e.getParticipantId(), participants.findById(e.getParticipantId()).map(Participant::displayName).orElse(""),
				accounts.find(e.getGrantedTo()).map(AccountUser::displayName).orElse(""), e.getReason(), e.getStartsAt(), e.getEndsAt()))
			.toList();
	}

	@Transactional
	void review(AccountUser officer, Long emergencyId, String note) {
		requireOfficer(officer);
		EmergencyAccess e = emergencyAccess.findById(emergencyId).filter(x -> !x.reviewed())
			.orElseThrow(() -> new ParticipantNotFound(emergencyId));
		if (note != null && note.length() > 500) {
			throw new RuleViolation("note", "emergency.review.tooLong", "Write the note in 500 characters or fewer.");
		}
		e.review(officer.id(), Instant.now(clock), note == null || note.isBlank() ? null : note.trim());
		audit.record(officer.id(), officer.role().name(), AuditTrail.Action.UPDATE, "emergency access reviewed", emergencyId,
				e.getParticipantId());
	}

	private String newPseudonym() {
		while (true) {
			StringBuilder code = new StringBuilder("Person ");
			for (int i = 0; i < 5; i++) {
				code.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
			}
			if (!participants.existsByPseudonym(code.toString())) {
				return code.toString();
			}
		}
	}

	private static void requireOfficer(AccountUser user) {
		if (user == null || !user.is(Role.PRIVACY_OFFICER)) {
			throw new AccessDeniedException("Only the privacy officer reads sequestered records");
		}
	}
}
