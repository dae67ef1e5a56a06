package org.recoveryworks.community;

import org.recoveryworks.coaching.SessionMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.recoveryworks.shared.Text;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Peer mentoring: the program's mentors, pairings with participants, their meetings, ending a pairing. */
@Service
class Mentoring {

	static final String RECORD = "mentoring";

	/** A peer mentor as program staff see them. */
	record MentorView(Long id, String name, String work) {
	}

	/** A pairing as the participant's coach sees it. */
	record PairingView(Long id, String mentorName, String mentorWork, LocalDate startedOn, LocalDate endedOn, String endReason,
			List<MentoringPairing.Meeting> meetings) {

		public boolean active() {
			return endedOn == null;
		}
	}

	private final PeerMentorRepository mentors;
	private final MentoringPairingRepository pairings;
	private final CaseFiles records;
	private final Clock clock;

	Mentoring(PeerMentorRepository mentors, MentoringPairingRepository pairings, CaseFiles records, Clock clock) {
		this.mentors = mentors;
		this.pairings = pairings;
		this.records = records;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<MentorView> mentors(AccountUser staff) {
		CaseFiles.requireStaff(staff);
		return mentors.findByProgramIdOrderByNameAsc(staff.organizationId()).stream()
			.map(m -> new MentorView(m.getId(), m.getName(), m.getWork()))
			.toList();
	}

	@Transactional
	Long addMentor(AccountUser staff, MentorForm form) {
		CaseFiles.requireStaff(staff);
		return mentors.save(new PeerMentor(staff.organizationId(), form.getName().trim(), Text.trimToNull(form.getWork()),
				Text.trimToNull(form.getPhone()), Text.trimToNull(form.getEmail()), Instant.now(clock))).getId();
	}

	@Transactional
	List<PairingView> pairings(AccountUser staff, Long participantId) {
		CaseFiles.ParticipantRef p = records.open(staff, participantId);
		records.audit(staff, AuditTrail.Action.READ, RECORD, null, participantId);
		Map<Long, PeerMentor> byId = mentors.findByProgramIdOrderByNameAsc(p.programId()).stream()
			.collect(Collectors.toMap(PeerMentor::getId, Function.identity()));
		return pairings.findByParticipantIdOrderByStartedOnDesc(participantId).stream().map(x -> {
			PeerMentor m = byId.get(x.getMentorId());
			return new PairingView(x.getId(), m == null ? "" : m.getName(), m == null ? null : m.getWork(), x.getStartedOn(),
					x.getEndedOn(), x.getEndReason(), List.copyOf(x.getMeetings()));
		}).toList();
	}

	@Transactional
	void pair(AccountUser staff, Long participantId, Long mentorId, LocalDate startedOn) {
		CaseFiles.ParticipantRef p = records.open(staff, participantId);
		if (mentorId == null || mentors.findById(mentorId).filter(m -> Objects.equals(m.getProgramId(), p.programId())).isEmpty()) {
			throw new RuleViolation("mentorId", "mentoring.mentor.invalid", "Choose a peer mentor of your program.");
		}
		if (pairings.findByParticipantIdOrderByStartedOnDesc(participantId).stream().anyMatch(MentoringPairing::active)) {
			throw new RuleViolation("mentorId", "mentoring.alreadyPaired", "End the current pairing first.");
		}
		LocalDate on = startedOn == null ? LocalDate.now(clock) : startedOn;
		MentoringPairing pairing = pairings.saveAndFlush(new MentoringPairing(participantId, mentorId, on));
		records.audit(staff, AuditTrail.Action.CREATE, RECORD, pairing.getId(), participantId);
	}

	@Transactional
	Long meet(AccountUser staff, Long pairingId, LocalDate on, Integer minutes, SessionMode mode) {
		MentoringPairing pairing = open(staff, pairingId);
		// Said before the form's other checks.
		pairing.requireActive();
		if (on == null || on.isAfter(LocalDate.now(clock)) || on.isBefore(pairing.getStartedOn())) {
			throw new RuleViolation("metOn", "mentoring.metOn.invalid", "Enter a date between the start of the pairing and today.");
		}
		if (minutes == null || minutes < 5 || minutes > 480) {
			throw new RuleViolation("minutes", "session.minutes.range", "The length must be between 5 and 480 minutes.");
		}
		pairing.meet(on, minutes, mode == null ? SessionMode.IN_PERSON : mode);
		records.audit(staff, AuditTrail.Action.UPDATE, RECORD, pairingId, pairing.getParticipantId());
		return pairing.getParticipantId();
	}

	@Transactional
	Long end(AccountUser staff, Long pairingId, String reason) {
		MentoringPairing pairing = open(staff, pairingId);
		// Said before the form's other checks.
		pairing.requireActive();
		if (reason != null && reason.length() > 200) {
			throw new RuleViolation("reason", "participant.size.200", "Please use at most 200 characters.");
		}
		pairing.end(LocalDate.now(clock), Text.trimToNull(reason));
		records.audit(staff, AuditTrail.Action.UPDATE, RECORD, pairingId, pairing.getParticipantId());
		return pairing.getParticipantId();
	}

	/** The participant a pairing belongs to, for redirects; "not found" for anyone who may not see it. */
	@Transactional(readOnly = true)
	Long participantOf(AccountUser staff, Long pairingId) {
		return open(staff, pairingId).getParticipantId();
	}

	private MentoringPairing open(AccountUser staff, Long pairingId) {
		MentoringPairing pairing = pairings.findById(pairingId).orElseThrow(() -> new StaffOnly.NotFound(pairingId));
		records.open(staff, pairing.getParticipantId());
		return pairing;
	}
}
