package org.recoveryworks.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.coaching.CaseFiles.ParticipantRef;
import org.recoveryworks.coaching.DueWork;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts jobs to confirm and follow-ups due on the coach's dashboard. */
@Component
class OutcomesDueWork implements DueWork {

	private final Placements placements;
	private final FollowUps followUps;
	private final MessageSource messages;

	OutcomesDueWork(Placements placements, FollowUps followUps, MessageSource messages) {
		this.placements = placements;
		this.followUps = followUps;
		this.messages = messages;
	}

	@Override
	public List<Item> dueFor(AccountUser staff, List<ParticipantRef> caseload, LocalDate today) {
		Map<Long, String> names = caseload.stream().collect(Collectors.toMap(ParticipantRef::id, ParticipantRef::name, (a, b) -> a));
		List<Long> ids = List.copyOf(names.keySet());
		List<Item> items = new ArrayList<>();
		placements.suggestions(ids).forEach(p -> items.add(new Item(p.participantId(), names.get(p.participantId()),
				text("dashboard.confirmPlacement", names.get(p.participantId()), p.jobTitle(), p.employerName()),
				"/coach/placements/" + p.id() + "/edit", p.startDate(), false)));
		followUps.due(ids).forEach(f -> items.add(new Item(f.participantId(), names.get(f.participantId()),
				text("dashboard.followUpDue", names.get(f.participantId()), f.months(), f.jobTitle()),
				"/coach/follow-ups/" + f.id(), f.dueOn(), f.late())));
		return items;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
