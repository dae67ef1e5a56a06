package org.recoveryworks.coaching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.jobs.JobQuery;
import org.recoveryworks.jobs.JobSearchResult;
import org.recoveryworks.jobs.PostingView;
import org.recoveryworks.shared.NotFoundException;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Job search together: open postings from the job bank that match the preferences in the
 * person's plan (kinds of work, hours, place, peer role or not), ranked by fit, and the postings
 * saved to the plan.
 */
@Service
class JobMatches {

	static final String RECORD = "job_matches";

	/** A matching posting and why it fits. */
	record Match(JobSearchResult.Hit hit, List<String> fits, boolean saved) {
	}

	/** A posting saved to the plan, as it stands now. */
	record Saved(Long postingId, String title, String organizationName, String town, String state, Instant savedAt) {
	}

	/** An application the person chose to share with their coach. */
	record SharedApplication(Long postingId, String postingTitle, String organizationName, String stage, Instant submittedAt) {
	}

	/** The search made from the plan, and what it found. */
	/** {@code placeHidden}: the search was near the person's place, which a sequestered record does not show. */
	record Result(JobQuery query, List<Match> matches, boolean noPreferences, boolean placeHidden) {
	}

	private final Plans plans;
	private final PlanVersionRepository versions;
	private final SavedJobRepository saved;
	private final JobBank jobBank;
	private final CaseRecords records;
	private final Clock clock;

	JobMatches(Plans plans, PlanVersionRepository versions, SavedJobRepository saved, JobBank jobBank, CaseRecords records,
			Clock clock) {
		this.plans = plans;
		this.versions = versions;
		this.saved = saved;
		this.jobBank = jobBank;
		this.records = records;
		this.clock = clock;
	}

	@Transactional
	Result matches(AccountUser user, Long participantId) {
		Participant p = plans.owner(user, participantId);
		records.audit(user, AuditTrail.Action.READ, RECORD, null, p.getId());
		Optional<PlanVersion> plan = versions.findFirstByParticipantIdOrderByNumberDesc(p.getId());
		JobQuery query = new JobQuery();
		query.setSize(50);
		String place = plan.map(PlanVersion::getPreferredPlace).filter(s -> !s.isBlank())
			.orElse(p.getZip() != null ? p.getZip() : p.getTown());
		query.setZip(place);
		query.setRadius(25);
		plan.map(PlanVersion::getPreferredWork).filter(s -> !s.isBlank()).ifPresent(query::setQ);
		plan.map(PlanVersion::getWantsPeerRole).ifPresent(query::setPeer);
		boolean noPreferences = plan.isEmpty() || (query.getQ() == null && plan.get().getWantsPeerRole() == null);
		JobSearchResult result;
		try {
			result = jobBank.search(query);
		}
		catch (RuleViolation unknownPlace) {
			query.setZip(null);
			result = jobBank.search(query);
		}
		Integer hours = plan.map(PlanVersion::getPreferredHours).orElse(null);
		Set<Long> savedIds = saved.findByParticipantIdOrderBySavedAtDesc(p.getId()).stream()
			.map(SavedJob::getPostingId)
			.collect(Collectors.toSet());
		List<Match> matches = new ArrayList<>();
		for (JobSearchResult.Hit hit : result.hits()) {
			List<String> fits = new ArrayList<>();
			if (query.getQ() != null) {
				fits.add("work");
			}
			if (hours != null && hit.hoursPerWeek() != null && Math.abs(hit.hoursPerWeek().doubleValue() - hours) <= 10) {
				fits.add("hours");
			}
			if (hit.distanceMiles() != null) {
				fits.add("place");
			}
			if (query.getPeer() != null) {
				fits.add("peer");
			}
			matches.add(new Match(hit, fits, savedIds.contains(hit.id())));
		}
		// The search ranks by words and distance; among those, more matching preferences come first.
		List<Match> ranked = new ArrayList<>(matches);
		ranked.sort(Comparator.comparingInt((Match m) -> -m.fits().size()));
		return new Result(query, ranked.subList(0, Math.min(20, ranked.size())), noPreferences, !records.reveals(user, p));
	}

	/** The applications the person shared with their coach, if their account is linked. */
	@Transactional
	List<SharedApplication> sharedApplications(AccountUser user, Long participantId) {
		Participant p = plans.owner(user, participantId);
		if (p.getSeekerAccountId() == null) {
			return List.of();
		}
		records.audit(user, AuditTrail.Action.READ, "shared_applications", null, p.getId());
		return jobBank.applicationsSharedWithCoach(p.getSeekerAccountId()).stream()
			.map(a -> new SharedApplication(a.postingId(), a.postingTitle(), a.organizationName(), a.stage().name(), a.submittedAt()))
			.toList();
	}

	@Transactional
	void save(AccountUser user, Long participantId, Long postingId) {
		Participant p = plans.owner(user, participantId);
		jobBank.find(postingId);
		if (saved.findByParticipantIdAndPostingId(p.getId(), postingId).isEmpty()) {
			try {
				saved.saveAndFlush(new SavedJob(p.getId(), postingId, Instant.now(clock), user.id()));
			}
			catch (DataIntegrityViolationException alreadySaved) {
				// Saved twice at once: one row is enough.
			}
		}
		records.audit(user, AuditTrail.Action.CREATE, "saved_job", postingId, p.getId());
	}

	@Transactional
	void remove(AccountUser user, Long participantId, Long postingId) {
		Participant p = plans.owner(user, participantId);
		saved.findByParticipantIdAndPostingId(p.getId(), postingId).ifPresent(saved::delete);
		records.audit(user, AuditTrail.Action.DELETE, "saved_job", postingId, p.getId());
	}

	@Transactional
	List<Saved> saved(AccountUser user, Long participantId) {
		Participant p = plans.owner(user, participantId);
		records.audit(user, AuditTrail.Action.READ, "saved_job", null, p.getId());
		List<Saved> list = new ArrayList<>();
		for (SavedJob s : saved.findByParticipantIdOrderBySavedAtDesc(p.getId())) {
			try {
				PostingView posting = jobBank.find(s.getPostingId());
				list.add(new Saved(posting.id(), posting.title(), posting.organizationName(), posting.town(),
						posting.state().name(), s.getSavedAt()));
			}
			catch (NotFoundException gone) {
				// A posting that is no longer public is not shown.
			}
		}
		return list;
	}
}
