package org.recoveryworks.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.coaching.CaseFiles.ParticipantRef;
import org.recoveryworks.outcomes.OutcomeViews.FollowUpView;
import org.recoveryworks.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-ups after a job start: scheduled at the configured months, shown when due, recorded. */
@Service
class FollowUps {

	static final String RECORD = "follow-up";

	/** Shown on the dashboard this many days before they are due. */
	static final int DAYS_AHEAD = 14;

	private final FollowUpRepository followUps;
	private final PlacementRepository placements;
	private final CaseFiles caseFiles;
	private final OutcomesSettings settings;
	private final Clock clock;

	FollowUps(FollowUpRepository followUps, PlacementRepository placements, CaseFiles caseFiles,
			OutcomesSettings settings, Clock clock) {
		this.followUps = followUps;
		this.placements = placements;
		this.caseFiles = caseFiles;
		this.settings = settings;
		this.clock = clock;
	}

	/** Schedules the follow-ups of a confirmed placement (those already there are kept). */
	void schedule(Placement p) {
		for (int months : settings.followUpMonths()) {
			if (followUps.findByPlacementIdAndMonths(p.getId(), months).isEmpty()) {
				followUps.save(new FollowUp(p.getId(), p.getParticipantId(), months, p.getStartDate().plusMonths(months)));
			}
		}
	}

	/** The job start moved: follow-ups not yet recorded move with it. */
	void reschedule(Placement p) {
		for (FollowUp f : followUps.findByPlacementId(p.getId())) {
			if (f.getOutcome() == FollowUpOutcome.DUE) {
				followUps.delete(f);
			}
		}
		followUps.flush();
		schedule(p);
	}

	@Transactional(readOnly = true)
	List<FollowUpView> list(AccountUser staff, Long participantId) {
		caseFiles.open(staff, participantId);
		return views(followUps.findByParticipantIdOrderByDueOnAsc(participantId));
	}

	/** Follow-ups due within two weeks (or late) for these participants. */
	@Transactional(readOnly = true)
	List<FollowUpView> due(List<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		return views(followUps.findByParticipantIdInAndOutcomeAndDueOnLessThanEqualOrderByDueOnAsc(participantIds,
				FollowUpOutcome.DUE, today.plusDays(DAYS_AHEAD)));
	}

	@Transactional
	Map.Entry<ParticipantRef, FollowUpView> read(AccountUser staff, Long id) {
		FollowUp f = own(staff, id);
		ParticipantRef who = caseFiles.read(staff, f.getParticipantId(), RECORD);
		return Map.entry(who, views(List.of(f)).get(0));
	}

	@Transactional
	Long record(AccountUser staff, Long id, FollowUpForm form) {
		FollowUp f = own(staff, id);
		if (f.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(FollowUp.class, id);
		}
		f.record(form);
		caseFiles.audit(staff, AuditTrail.Action.UPDATE, RECORD, f.getId(), f.getParticipantId());
		return f.getParticipantId();
	}

	@Transactional(readOnly = true)
	FollowUpForm formOf(AccountUser staff, Long id) {
		FollowUp f = own(staff, id);
		FollowUpForm form = new FollowUpForm();
		form.setVersion(f.getVersion());
		if (f.getOutcome() == FollowUpOutcome.DUE) {
			form.setContactedOn(LocalDate.now(clock));
			return form;
		}
		form.setReached(f.getOutcome() == FollowUpOutcome.REACHED);
		form.setContactedOn(f.getContactedOn());
		form.setStillEmployed(f.getStillEmployed());
		form.setSameJob(f.getSameJob());
		form.setHoursPerWeek(f.getHoursPerWeek());
		form.setHourlyWage(f.getHourlyWage());
		return form;
	}

	private FollowUp own(AccountUser staff, Long id) {
		FollowUp f = followUps.findById(id).orElseThrow(() -> new FollowUpNotFound(id));
		try {
			caseFiles.open(staff, f.getParticipantId());
		}
		catch (NotFoundException e) {
			throw new FollowUpNotFound(id);
		}
		return f;
	}

	private List<FollowUpView> views(List<FollowUp> list) {
		Map<Long, String> titles = placements.findAllById(list.stream().map(FollowUp::getPlacementId).distinct().toList())
			.stream().collect(Collectors.toMap(Placement::getId, Placement::getJobTitle, (a, b) -> a));
		LocalDate today = LocalDate.now(clock);
		return list.stream().map(f -> new FollowUpView(f.getId(), f.getParticipantId(), f.getPlacementId(), titles.getOrDefault(f.getPlacementId(), ""),
				f.getMonths(), f.getDueOn(), f.getOutcome(), f.getContactedOn(), f.getStillEmployed(), f.getSameJob(),
				f.getHoursPerWeek(), f.getHourlyWage(), f.getOutcome() == FollowUpOutcome.DUE && f.getDueOn().isBefore(today)))
			.toList();
	}

	static class FollowUpNotFound extends NotFoundException {
		FollowUpNotFound(Long id) {
			super("No follow-up " + id);
		}
	}
}
