package org.recoveryworks.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.coaching.CaseFiles.ParticipantRef;
import org.recoveryworks.jobs.ApplicationStageChanged;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.jobs.Stage;
import org.recoveryworks.outcomes.OutcomeViews.PlacementView;
import org.recoveryworks.shared.NotFoundException;
import org.recoveryworks.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Jobs participants obtained: recorded by the coach, or suggested by a hire in the job bank and confirmed. */
@Service
class Placements {

	static final String RECORD = "placement";

	private static final Logger log = LoggerFactory.getLogger(Placements.class);

	private final PlacementRepository placements;
	private final FollowUps followUps;
	private final CaseFiles caseFiles;
	private final JobBank jobBank;
	private final OutcomesSettings settings;
	private final Clock clock;

	private final PlacementStates states;

	Placements(PlacementRepository placements, FollowUps followUps, CaseFiles caseFiles, JobBank jobBank,
			OutcomesSettings settings, Clock clock, PlacementStates states) {
		this.states = states;
		this.placements = placements;
		this.followUps = followUps;
		this.caseFiles = caseFiles;
		this.jobBank = jobBank;
		this.settings = settings;
		this.clock = clock;
	}

	/** A participant's placements and suggestions (dismissed ones are left out); the caller audits the read. */
	@Transactional(readOnly = true)
	List<PlacementView> list(AccountUser staff, Long participantId) {
		caseFiles.open(staff, participantId);
		return placements.findByParticipantIdAndStatusNotOrderByStartDateDesc(participantId, PlacementStatus.DISMISSED)
			.stream().map(PlacementView::of).toList();
	}

	/** A new form for this participant: the program's state, open to anyone. */
	PlacementForm newForm() {
		PlacementForm form = new PlacementForm();
		form.setState(states.forNewJob());
		return form;
	}

	@Transactional
	Long record(AccountUser staff, Long participantId, PlacementForm form) {
		caseFiles.open(staff, participantId);
		return create(staff, participantId, form, null, RECORD);
	}

	/** A job from a program's spreadsheet: the import has checked that the participant is the program's. */
	@Transactional
	Long recordImported(AccountUser importer, Long participantId, PlacementForm form, String externalId) {
		return create(importer, participantId, form, externalId, RECORD + " (import)");
	}

	private Long create(AccountUser user, Long participantId, PlacementForm form, String externalId, String auditAs) {
		Placement p = new Placement(participantId, PlacementStatus.CONFIRMED, Instant.now(clock));
		p.apply(form, settings.minimumWageIn(form.getState()));
		if (externalId != null) {
			p.importedAs(externalId);
		}
		placements.save(p);
		followUps.schedule(p);
		caseFiles.audit(user, AuditTrail.Action.CREATE, auditAs, p.getId(), participantId);
		return p.getId();
	}

	/** The placement and its participant, if the staff member may open that record. */
	@Transactional
	Map.Entry<ParticipantRef, PlacementForm> read(AccountUser staff, Long placementId) {
		Placement p = own(staff, placementId);
		ParticipantRef who = caseFiles.read(staff, p.getParticipantId(), RECORD);
		return Map.entry(who, PlacementForm.of(p));
	}

	@Transactional(readOnly = true)
	PlacementView view(AccountUser staff, Long placementId) {
		return PlacementView.of(own(staff, placementId));
	}

	/** Saves changes; a suggestion saved by the coach becomes a confirmed placement with its follow-ups. */
	@Transactional
	Long update(AccountUser staff, Long placementId, PlacementForm form) {
		Placement p = own(staff, placementId);
		if (p.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Placement.class, placementId);
		}
		if (p.getStatus() == PlacementStatus.DISMISSED) {
			throw new RuleViolation(null, "placement.dismissed", "This suggestion was dismissed.");
		}
		LocalDate oldStart = p.getStartDate();
		p.apply(form, settings.minimumWageIn(form.getState()));
		if (p.getStatus() == PlacementStatus.SUGGESTED) {
			p.confirm();
			followUps.schedule(p);
		}
		else if (!oldStart.equals(p.getStartDate())) {
			followUps.reschedule(p);
		}
		caseFiles.audit(staff, AuditTrail.Action.UPDATE, RECORD, p.getId(), p.getParticipantId());
		return p.getParticipantId();
	}

	/** The coach says a suggested job is not one to record (for example, the person did not start). */
	@Transactional
	Long dismiss(AccountUser staff, Long placementId) {
		Placement p = own(staff, placementId);
		p.dismiss();
		caseFiles.audit(staff, AuditTrail.Action.UPDATE, RECORD, p.getId(), p.getParticipantId());
		return p.getParticipantId();
	}

	@Transactional(readOnly = true)
	List<PlacementView> suggestions(List<Long> participantIds) {
		return participantIds.isEmpty() ? List.of()
				: placements.findByParticipantIdInAndStatus(participantIds, PlacementStatus.SUGGESTED).stream()
					.map(PlacementView::of).toList();
	}

	Placement own(AccountUser staff, Long placementId) {
		Placement p = placements.findById(placementId).orElseThrow(() -> new PlacementNotFound(placementId));
		try {
			caseFiles.open(staff, p.getParticipantId());
		}
		catch (NotFoundException e) {
			throw new PlacementNotFound(placementId);
		}
		return p;
	}

	/**
	 * When an employer marks a participant hired, the coach is asked to confirm a placement
	 * pre-filled from the posting, but only if the person shared that application with their coach. It runs after the
	 * hire is saved, in its own transaction; the event publication registry records it with the event, and if it fails
	 * (the hire stays saved) it is run again by {@code EventRetries} until it succeeds.
	 */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void suggestFromHire(ApplicationStageChanged event) {
		if (event.stage() != Stage.HIRED || placements.existsByApplicationId(event.applicationId())) {
			return;
		}
		jobBank.sharedHire(event.applicationId()).ifPresent(hire -> caseFiles.linkedTo(hire.seekerId()).ifPresent(who -> {
			placements.save(Placement.suggestedFrom(who.id(), hire, states.ofZip(hire.zip()), LocalDate.now(clock), Instant.now(clock)));
			log.info("Placement suggested for participant {} from application {}", who.id(), event.applicationId());
		}));
	}

	static class PlacementNotFound extends NotFoundException {
		PlacementNotFound(Long id) {
			super("No placement " + id);
		}
	}
}
