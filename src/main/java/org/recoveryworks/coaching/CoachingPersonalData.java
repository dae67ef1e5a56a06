package org.recoveryworks.coaching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.shared.PersonalData;
import org.springframework.stereotype.Component;

/**
 * The coaching record linked to a job seeker's account: enrollment, plan, sessions and saved jobs (its
 * consents and disclosures are the consents module's). The record itself is the program's case record: closing the job bank
 * account unlinks it (the program keeps it under its own retention rules).
 */
@Component
class CoachingPersonalData implements PersonalData {

	private final ParticipantRepository participants;
	private final PlanVersionRepository plans;
	private final CoachingSessionRepository sessions;
	private final SavedJobRepository savedJobs;
	private final AuditTrail audit;

	CoachingPersonalData(ParticipantRepository participants, PlanVersionRepository plans, CoachingSessionRepository sessions,
			SavedJobRepository savedJobs, AuditTrail audit) {
		this.participants = participants;
		this.plans = plans;
		this.sessions = sessions;
		this.savedJobs = savedJobs;
		this.audit = audit;
	}

	@Override
	public List<Section> export(Person person) {
		Long accountId = person.accountId();
		Participant p = participants.findFirstBySeekerAccountId(accountId).orElse(null);
		if (p == null) {
			return List.of(new Section("Coaching record", List.of()));
		}
		audit.record(accountId, "SEEKER", AuditTrail.Action.READ, "data download", p.getId(), p.getId());
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("Name", p.getFullName());
		record.put("Preferred name", p.getPreferredName());
		record.put("Phone", p.getPhone());
		record.put("E-mail", p.getEmail());
		record.put("Town", p.getTown());
		record.put("ZIP code", p.getZip());
		record.put("Language", p.getLanguage());
		record.put("Enrolled on", String.valueOf(p.getEnrolledOn()));
		record.put("Status", p.getStatus().name());
		record.put("Work", p.getEmploymentStatus() == null ? null : p.getEmploymentStatus().name());
		record.put("Benefits", p.benefitSet().stream().map(Enum::name).toList());
		record.put("My goals", p.getOwnGoals());

		List<Map<String, Object>> planItems = new ArrayList<>();
		plans.findByParticipantIdOrderByNumberDesc(p.getId()).stream().map(PlanView::of).forEach(plan -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("Version", plan.number());
			item.put("Goals", plan.goals());
			item.put("Strengths, supports, barriers, strategies", plan.sections());
			item.put("Steps", plan.steps().stream().map(s -> s.what() + " (" + s.who() + ", " + s.byWhen() + ", " + s.status() + ")").toList());
			item.put("Agreed", plan.agreed());
			planItems.add(item);
		});

		List<Map<String, Object>> sessionItems = new ArrayList<>();
		for (CoachingSession s : sessions.findByParticipantIdOrderByStartsAtDesc(p.getId())) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("When", s.getStartsAt().toString());
			item.put("Minutes", s.getMinutes());
			item.put("Kind", s.getKind() == null ? null : s.getKind().name());
			item.put("How", s.getMode() == null ? null : s.getMode().name());
			item.put("Topics", s.getTopics());
			item.put("Notes", s.getNote());
			item.put("Next steps", s.getNextSteps());
			sessionItems.add(item);
		}

		List<Map<String, Object>> saved = savedJobs.findByParticipantIdOrderBySavedAtDesc(p.getId()).stream()
			.map(j -> Map.<String, Object>of("Posting", j.getPostingId(), "Saved", j.getSavedAt().toString())).toList();

		return List.of(new Section("Coaching record", List.of(record)), new Section("Employment plans", planItems),
				new Section("Coaching sessions", sessionItems), new Section("Saved jobs", saved));
	}

	@Override
	public void erase(Person person) {
		Long accountId = person.accountId();
		participants.findFirstBySeekerAccountId(accountId).ifPresent(Participant::unlink);
		participants.findByInvitedAccountId(accountId).forEach(Participant::declineInvitation);
	}
}
