package org.recoveryworks.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A coach's caseload with what is due: plan steps, sessions to document, sessions coming up. */
@Service
class Dashboard {

	/** A participant row on the caseload. */
	record Row(Long id, String name, Participant.Status status, LocalDate enrolledOn) {
	}

	/** A plan step that is due soon or late. */
	record DueStep(Long participantId, String participantName, String what, LocalDate byWhen, boolean late) {
	}

	record View(List<Row> caseload, List<DueStep> dueSteps, List<SessionView> toDocument, List<SessionView> upcoming,
			List<StaffReminders.Reminder> followUps, List<DueWork.Item> outcomes) {
	}

	private final Participants participants;
	private final PlanVersionRepository plans;
	private final Sessions sessions;
	private final org.springframework.beans.factory.ObjectProvider<StaffReminders> reminders;
	private final CaseRecords records;
	private final Clock clock;
	private final org.springframework.beans.factory.ObjectProvider<DueWork> dueWork;

	Dashboard(Participants participants, PlanVersionRepository plans, Sessions sessions,
			org.springframework.beans.factory.ObjectProvider<StaffReminders> reminders, CaseRecords records, Clock clock,
			org.springframework.beans.factory.ObjectProvider<DueWork> dueWork) {
		this.dueWork = dueWork;
		this.records = records;
		this.participants = participants;
		this.plans = plans;
		this.sessions = sessions;
		this.reminders = reminders;
		this.clock = clock;
	}

	/** The caseload alone (for the API list); each person shown is a read of their record, and audited as one. */
	@Transactional
	List<Row> caseload(AccountUser staff) {
		return rows(auditedCaseload(staff));
	}

	/** The caseload with what is due. */
	@Transactional
	View of(AccountUser staff) {
		List<Participant> caseload = auditedCaseload(staff);
		LocalDate today = LocalDate.now(clock);
		List<DueStep> due = new ArrayList<>();
		for (Participant p : caseload) {
			if (p.getStatus() != Participant.Status.ACTIVE) {
				continue;
			}
			plans.findFirstByParticipantIdOrderByNumberDesc(p.getId()).ifPresent(plan -> plan.getSteps().stream()
				.filter(s -> s.getByWhen() != null && !s.getByWhen().isAfter(today.plusDays(7)))
				.filter(s -> s.getStatus() == StepStatus.NOT_STARTED || s.getStatus() == StepStatus.IN_PROGRESS)
				.forEach(s -> due.add(new DueStep(p.getId(), p.displayName(), s.getWhat(), s.getByWhen(), s.getByWhen().isBefore(today)))));
		}
		due.sort(java.util.Comparator.comparing(DueStep::byWhen));
		List<SessionView> open = sessions.undocumented(caseload);
		java.time.Instant now = java.time.Instant.now(clock);
		return new View(rows(caseload),
				due, open.stream().filter(s -> s.startsAt().isBefore(now)).toList(),
				open.stream().filter(s -> !s.startsAt().isBefore(now)).toList(),
				reminders.orderedStream().flatMap(r -> r.remindersFor(staff, today).stream())
					.sorted(java.util.Comparator.comparing(StaffReminders.Reminder::due)).toList(),
				outcomes(staff, caseload, today));
	}

	private List<DueWork.Item> outcomes(AccountUser staff, List<Participant> caseload, LocalDate today) {
		List<CaseFiles.ParticipantRef> refs = caseload.stream().map(CaseFiles::ref).toList();
		return dueWork.orderedStream().flatMap(w -> w.dueFor(staff, refs, today).stream())
			.sorted(java.util.Comparator.comparing(DueWork.Item::due)).toList();
	}

	private List<Participant> auditedCaseload(AccountUser staff) {
		List<Participant> caseload = participants.visibleTo(staff);
		caseload.forEach(p -> records.audit(staff, AuditTrail.Action.READ, "caseload", p.getId(), p.getId()));
		return caseload;
	}

	private static List<Row> rows(List<Participant> caseload) {
		return caseload.stream().map(p -> new Row(p.getId(), p.displayName(), p.getStatus(), p.getEnrolledOn())).toList();
	}
}
