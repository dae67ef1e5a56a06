package org.recoveryworks.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Extracts of a participant's case record, of the kinds asked for, as plain text sections: what a disclosure under a
 * consent contains (the consents module keeps them as the recipient got them). Each read goes through the record's own
 * access check and audit.
 */
@Component
public class CaseRecordExtracts {

	/** One part of an extract: a heading and its lines. */
	public record Section(String heading, List<String> lines) {
	}

	private final Participants participants;
	private final Plans plans;
	private final Sessions sessions;
	private final MessageSource messages;
	private final Dates dates;

	CaseRecordExtracts(Participants participants, Plans plans, Sessions sessions, MessageSource messages, Dates dates) {
		this.participants = participants;
		this.plans = plans;
		this.sessions = sessions;
		this.messages = messages;
		this.dates = dates;
	}

	/** The extract of the kinds asked for, as {@code staff} may read it. */
	public List<Section> of(AccountUser staff, Long participantId, Set<InformationKind> kinds) {
		List<Section> sections = new ArrayList<>();
		ParticipantView person = participants.read(staff, participantId);
		if (kinds.contains(InformationKind.ENROLLMENT)) {
			List<String> lines = new ArrayList<>();
			lines.add(text("disclosure.content.name", person.fullName()));
			for (ParticipantView.EnrollmentView e : person.enrollments()) {
				lines.add(e.dischargedOn() == null ? text("disclosure.content.enrolledSince", dates.day(e.enrolledOn()))
						: text("disclosure.content.enrolledFromTo", dates.day(e.enrolledOn()), dates.day(e.dischargedOn())));
			}
			sections.add(new Section(text("information." + InformationKind.ENROLLMENT), lines));
		}
		if (kinds.contains(InformationKind.EMPLOYMENT_PLAN)) {
			List<String> lines = new ArrayList<>();
			plans.current(staff, participantId).ifPresentOrElse(plan -> {
				lines.add(text("plan.version", plan.number()));
				for (Map.Entry<String, String> goal : plan.goals().entrySet()) {
					if (goal.getValue() != null && !goal.getValue().isBlank()) {
						lines.add(text("plan.compare.goal." + goal.getKey()) + ": " + goal.getValue());
					}
				}
				for (PlanView.StepView step : plan.steps()) {
					lines.add(text("disclosure.content.step", step.what(), step.who() == null ? "" : step.who(),
							step.byWhen() == null ? "" : dates.day(step.byWhen()), text("stepstatus." + step.status())));
				}
			}, () -> lines.add(text("disclosure.content.noPlan")));
			sections.add(new Section(text("information." + InformationKind.EMPLOYMENT_PLAN), lines));
		}
		if (kinds.contains(InformationKind.SESSION_ATTENDANCE) || kinds.contains(InformationKind.SESSION_NOTES)) {
			List<SessionView> held = sessions.forParticipant(staff, participantId).stream().filter(s -> !s.cancelled()).toList();
			if (kinds.contains(InformationKind.SESSION_ATTENDANCE)) {
				sections.add(new Section(text("information." + InformationKind.SESSION_ATTENDANCE), held.isEmpty()
						? List.of(text("disclosure.content.noSessions"))
						: held.stream().map(s -> text("disclosure.content.session", dates.day(s.startsAt()), text("skind." + s.kind()),
								s.minutes())).toList()));
			}
			if (kinds.contains(InformationKind.SESSION_NOTES)) {
				List<String> notes = held.stream().filter(s -> s.note() != null && !s.note().isBlank())
					.map(s -> dates.day(s.startsAt()) + ": " + s.note()).toList();
				sections.add(new Section(text("information." + InformationKind.SESSION_NOTES),
						notes.isEmpty() ? List.of(text("disclosure.content.noNotes")) : notes));
			}
		}
		return sections;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
