package org.recoveryworks.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A plan version for reading, printing and comparing. */
record PlanView(Long participantId, int number, Map<String, String> goals, Map<String, String> sections,
		String preferredWork, Integer preferredHours, String preferredPlace, Boolean wantsPeerRole, List<StepView> steps,
		Instant createdAt, boolean agreed, Instant agreedAt) {

	/** A plan step. */
	record StepView(String what, String who, LocalDate byWhen, StepStatus status) {
	}

	/** One field that differs between two versions. */
	record Change(String field, String before, String after) {
	}

	/** The life areas of the plan's goals (seeds/000_ and 001_: employment, education, community, natural supports, wellness). */
	static final List<String> AREAS = List.of("employment", "education", "community", "naturalSupports", "wellness");

	static PlanView of(PlanVersion v) {
		Map<String, String> goals = new LinkedHashMap<>();
		goals.put("employment", v.getEmploymentGoal());
		goals.put("education", v.getEducationGoal());
		goals.put("community", v.getCommunityGoal());
		goals.put("naturalSupports", v.getNaturalSupportsGoal());
		goals.put("wellness", v.getWellnessGoal());
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("strengths", v.getStrengths());
		sections.put("supports", v.getSupports());
		sections.put("barriers", v.getBarriers());
		sections.put("strategies", v.getStrategies());
		return new PlanView(v.getParticipantId(), v.getNumber(), goals, sections, v.getPreferredWork(), v.getPreferredHours(),
				v.getPreferredPlace(), v.getWantsPeerRole(),
				v.getSteps().stream().map(s -> new StepView(s.getWhat(), s.getWho(), s.getByWhen(), s.getStatus())).toList(),
				v.getCreatedAt(), v.getAgreedAt() != null, v.getAgreedAt());
	}

	/** What changed from an earlier version to this one, field by field (keys are message keys' last part). */
	List<Change> changesSince(PlanView earlier) {
		List<Change> changes = new ArrayList<>();
		goals.forEach((k, v) -> compare(changes, "goal." + k, earlier.goals.get(k), v));
		sections.forEach((k, v) -> compare(changes, "section." + k, earlier.sections.get(k), v));
		compare(changes, "preferredWork", earlier.preferredWork, preferredWork);
		compare(changes, "preferredHours", str(earlier.preferredHours), str(preferredHours));
		compare(changes, "preferredPlace", earlier.preferredPlace, preferredPlace);
		compare(changes, "wantsPeerRole", str(earlier.wantsPeerRole), str(wantsPeerRole));
		compare(changes, "steps", steps(earlier.steps), steps(steps));
		return changes;
	}

	private static void compare(List<Change> changes, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change(field, before, after));
		}
	}

	private static String str(Object o) {
		return o == null ? null : o.toString();
	}

	private static String steps(List<StepView> steps) {
		StringBuilder b = new StringBuilder();
		for (StepView s : steps) {
			b.append("- ").append(s.what());
			if (s.who() != null) {
				b.append(" (").append(s.who()).append(')');
			}
			if (s.byWhen() != null) {
				b.append(", ").append(s.byWhen());
			}
			b.append(", ").append(s.status()).append('\n');
		}
		return b.isEmpty() ? null : b.toString().trim();
	}
}
