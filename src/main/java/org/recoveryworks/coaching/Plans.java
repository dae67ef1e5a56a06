package org.recoveryworks.coaching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Person-centered employment action plans. Each save is a new version; a version written by the
 * participant counts as agreed by them, one written by staff waits for the participant's agreement.
 */
@Service
class Plans {

	static final String RECORD = "plan";

	private final PlanVersionRepository versions;
	private final ParticipantRepository participants;
	private final CaseRecords records;
	private final Clock clock;

	Plans(PlanVersionRepository versions, ParticipantRepository participants, CaseRecords records, Clock clock) {
		this.versions = versions;
		this.participants = participants;
		this.records = records;
		this.clock = clock;
	}

	/** The participant whose plan this user may open: staff by caseload, a seeker only their own linked record. */
	Participant owner(AccountUser user, Long participantId) {
		if (user != null && user.is(Role.SEEKER)) {
			return participants.findById(participantId)
				.filter(p -> user.id().equals(p.getSeekerAccountId()))
				.orElseThrow(() -> new ParticipantNotFound(participantId));
		}
		return records.open(user, participantId);
	}

	/** The participant record linked to a seeker's account, if any. */
	@Transactional(readOnly = true)
	Optional<Long> linkedParticipant(AccountUser seeker) {
		return participants.findFirstBySeekerAccountId(seeker.id()).map(Participant::getId);
	}

	@Transactional
	Optional<PlanView> current(AccountUser user, Long participantId) {
		Participant p = owner(user, participantId);
		Optional<PlanVersion> latest = versions.findFirstByParticipantIdOrderByNumberDesc(p.getId());
		records.audit(user, AuditTrail.Action.READ, RECORD, latest.map(PlanVersion::getId).orElse(null), p.getId());
		return latest.map(PlanView::of);
	}

	@Transactional
	PlanForm formFor(AccountUser user, Long participantId) {
		Participant p = owner(user, participantId);
		Optional<PlanVersion> latest = versions.findFirstByParticipantIdOrderByNumberDesc(p.getId());
		records.audit(user, AuditTrail.Action.READ, RECORD, latest.map(PlanVersion::getId).orElse(null), p.getId());
		return PlanForm.of(latest.orElse(null));
	}

	@Transactional
	List<PlanView> history(AccountUser user, Long participantId) {
		Participant p = owner(user, participantId);
		records.audit(user, AuditTrail.Action.READ, RECORD, null, p.getId());
		return versions.findByParticipantIdOrderByNumberDesc(p.getId()).stream().map(PlanView::of).toList();
	}

	@Transactional
	PlanView version(AccountUser user, Long participantId, int number) {
		Participant p = owner(user, participantId);
		PlanVersion v = versions.findByParticipantIdAndNumber(p.getId(), number)
			.orElseThrow(() -> new ParticipantNotFound(participantId));
		records.audit(user, AuditTrail.Action.READ, RECORD, v.getId(), p.getId());
		return PlanView.of(v);
	}

	/**
	 * Saves the plan as a new version. If someone saved another version since this edit began,
	 * nothing is saved and the editor is told (optimistic locking on the version number, backed
	 * by a unique constraint for two saves at the same moment).
	 */
	@Transactional
	int save(AccountUser user, Long participantId, PlanForm form) {
		Participant p = owner(user, participantId);
		if (p.getStatus() != Participant.Status.ACTIVE) {
			throw new RuleViolation(null, "plan.discharged", "This person is discharged. Re-enroll them to change the plan.");
		}
		int latest = versions.findFirstByParticipantIdOrderByNumberDesc(p.getId()).map(PlanVersion::getNumber).orElse(0);
		if (latest != form.getBaseNumber()) {
			throw new ObjectOptimisticLockingFailureException(PlanVersion.class, participantId);
		}
		Instant now = Instant.now(clock);
		PlanVersion version = new PlanVersion(p.getId(), latest + 1, form, user.id(), now);
		if (user.is(Role.SEEKER)) {
			version.agree(now);
		}
		try {
			versions.saveAndFlush(version);
		}
		catch (DataIntegrityViolationException e) {
			throw new ObjectOptimisticLockingFailureException(PlanVersion.class, participantId);
		}
		records.audit(user, AuditTrail.Action.CREATE, RECORD, version.getId(), p.getId());
		return version.getNumber();
	}

	/** The participant agrees to a version of their plan. Only the person themselves can. */
	@Transactional
	void agree(AccountUser seeker, Long participantId, int number) {
		if (seeker == null || !seeker.is(Role.SEEKER)) {
			throw new AccessDeniedException("Only the participant agrees to their plan");
		}
		Participant p = owner(seeker, participantId);
		PlanVersion v = versions.findByParticipantIdAndNumber(p.getId(), number)
			.orElseThrow(() -> new ParticipantNotFound(participantId));
		v.agree(Instant.now(clock));
		records.audit(seeker, AuditTrail.Action.UPDATE, RECORD, v.getId(), p.getId());
	}
}
