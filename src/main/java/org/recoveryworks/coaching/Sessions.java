package org.recoveryworks.coaching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.recoveryworks.shared.Text;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.seekers.TextPurpose;
import org.recoveryworks.seekers.Texts;
import org.recoveryworks.shared.RecoveryWorksProperties;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.mail.Mailer;
import org.recoveryworks.shared.web.Dates;
import org.recoveryworks.shared.web.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Scheduling and documenting coaching sessions, reminders and calendar files. */
@Service
class Sessions {

	static final String RECORD = "session";

	private final CoachingSessionRepository sessions;
	private final ParticipantRepository participants;
	private final CaseRecords records;
	private final Accounts accounts;
	private final Mailer mailer;
	private final MessageSource messages;
	private final RecoveryWorksProperties properties;
	private final Clock clock;
	private final Dates dates;
	private final int documentationDueDays;

	private final Texts texts;

	Sessions(CoachingSessionRepository sessions, ParticipantRepository participants, CaseRecords records, Accounts accounts,
			Mailer mailer, MessageSource messages, RecoveryWorksProperties properties, Clock clock, Dates dates,
			@Value("${recoveryworks.coaching.documentation-due-days:2}") int documentationDueDays, Texts texts) {
		this.texts = texts;
		this.sessions = sessions;
		this.dates = dates;
		this.participants = participants;
		this.records = records;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
		this.documentationDueDays = documentationDueDays;
	}

	@Transactional
	Long schedule(AccountUser staff, Long participantId, SessionForm form) {
		Participant p = records.open(staff, participantId);
		if (p.getStatus() != Participant.Status.ACTIVE) {
			throw new RuleViolation(null, "plan.discharged", "This person is discharged.");
		}
		Instant startsAt = ZonedDateTime.of(form.getDate(), form.getTime(), clock.getZone()).toInstant();
		CoachingSession session = sessions.saveAndFlush(new CoachingSession(participantId, staff.id(), startsAt,
				form.getMinutes(), form.getMode(), form.getKind()));
		records.audit(staff, AuditTrail.Action.CREATE, RECORD, session.getId(), participantId);
		// The coach who schedules reads their copy in the language they are using; the participant, in theirs.
		Languages.writeIn(Languages.current(), () -> {
			var locale = LocaleContextHolder.getLocale();
			String when = dates.weekdayTime(startsAt);
			mailer.sendAboutCaseRecord(staff.email(), messages.getMessage("mail.session.subject", new Object[] { when }, locale),
					messages.getMessage("mail.session.coach",
							new Object[] { p.displayName(), when, properties.baseUrl() + "/coach/sessions/" + session.getId() + ".ics" }, locale));
		});
		if (p.getEmail() != null) {
			// The participant's copy names no program or topic: only that a meeting with their coach is set.
			Languages.writeIn(languageOf(p), () -> {
				var locale = LocaleContextHolder.getLocale();
				String when = dates.weekdayTime(startsAt);
				mailer.sendAboutCaseRecord(p.getEmail(), messages.getMessage("mail.session.subject", new Object[] { when }, locale),
						messages.getMessage("mail.session.participant", new Object[] { p.realDisplayName(), when, staff.displayName() }, locale)
								+ "\n\n" + messages.getMessage("mail.session.calendar",
										new Object[] { properties.baseUrl() + "/calendar/" + session.getCalendarToken() + ".ics" }, locale));
			});
		}
		return session.getId();
	}

	@Transactional
	SessionView read(AccountUser staff, Long sessionId) {
		CoachingSession s = open(staff, sessionId);
		records.audit(staff, AuditTrail.Action.READ, RECORD, sessionId, s.getParticipantId());
		return view(s, participants.findById(s.getParticipantId()).map(Participant::displayName).orElse(""));
	}

	@Transactional
	void document(AccountUser staff, Long sessionId, SessionForm form) {
		CoachingSession s = open(staff, sessionId);
		if (s.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(CoachingSession.class, sessionId);
		}
		List<String> areas = form.getGoalsTouched().stream().filter(PlanView.AREAS::contains).toList();
		s.document(form.getMinutes(), form.getMode(), form.getKind(), Text.trimToNull(form.getTopics()),
				areas.isEmpty() ? null : String.join(",", areas), Text.trimToNull(form.getNote()), Text.trimToNull(form.getNextSteps()),
				Instant.now(clock));
		sessions.saveAndFlush(s);
		records.audit(staff, AuditTrail.Action.UPDATE, RECORD, sessionId, s.getParticipantId());
	}

	/** Cancels a session that will not take place; it is no longer due for documentation. */
	@Transactional
	void cancel(AccountUser staff, Long sessionId, String reason) {
		CoachingSession s = open(staff, sessionId);
		String why = Text.trimToNull(reason);
		if (why != null && why.length() > 200) {
			throw new RuleViolation("reason", "participant.size.200", "Please use at most 200 characters.");
		}
		s.cancel(why, Instant.now(clock));
		records.audit(staff, AuditTrail.Action.UPDATE, RECORD, sessionId, s.getParticipantId());
	}

	@Transactional
	List<SessionView> forParticipant(AccountUser staff, Long participantId) {
		Participant p = records.open(staff, participantId);
		records.audit(staff, AuditTrail.Action.READ, RECORD, null, participantId);
		return sessions.findByParticipantIdOrderByStartsAtDesc(participantId).stream().map(s -> view(s, p.displayName())).toList();
	}

	/** Sessions not yet documented, for a set of participants (the dashboard). */
	@Transactional(readOnly = true)
	List<SessionView> undocumented(List<Participant> caseload) {
		if (caseload.isEmpty()) {
			return List.of();
		}
		var names = caseload.stream().collect(java.util.stream.Collectors.toMap(Participant::getId, Participant::displayName));
		return sessions.findByParticipantIdInAndDocumentedAtIsNullAndCancelledAtIsNullOrderByStartsAtAsc(List.copyOf(names.keySet())).stream()
			.map(s -> view(s, names.get(s.getParticipantId())))
			.toList();
	}

	/** The person's upcoming sessions, for their own page (their account must be linked to the record). */
	@Transactional
	List<SessionView> upcomingFor(AccountUser seeker, Long participantId) {
		Participant p = participants.findById(participantId)
			.filter(x -> java.util.Objects.equals(x.getSeekerAccountId(), seeker.id()))
			.orElseThrow(() -> new ParticipantNotFound(participantId));
		records.audit(seeker, AuditTrail.Action.READ, RECORD, null, participantId);
		Instant now = Instant.now(clock);
		return sessions.findByParticipantIdOrderByStartsAtDesc(participantId).stream()
			.filter(s -> s.getStartsAt().isAfter(now) && s.getCancelledAt() == null)
			.map(s -> new SessionView(s.getId(), s.getVersion(), participantId, p.displayName(), s.getStartsAt(), s.getMinutes(),
					s.getMode(), s.getKind(), null, List.of(), null, null, null, false, s.getCancelledAt(), null))
			.toList();
	}

	/** The calendar file for the person themselves: only for their own session, naming their coach. */
	@Transactional
	String calendarForParticipant(AccountUser seeker, Long sessionId) {
		CoachingSession s = sessions.findById(sessionId).orElseThrow(() -> new ParticipantNotFound(sessionId));
		participants.findById(s.getParticipantId())
			.filter(x -> java.util.Objects.equals(x.getSeekerAccountId(), seeker.id()))
			.orElseThrow(() -> new ParticipantNotFound(sessionId));
		records.audit(seeker, AuditTrail.Action.READ, RECORD, sessionId, s.getParticipantId());
		String coach = accounts.find(s.getCoachId()).map(AccountUser::displayName).orElse("");
		return ics(s, messages.getMessage("session.ics.participantSummary", new Object[] { coach }, LocaleContextHolder.getLocale()));
	}

	/**
	 * The calendar file behind the link e-mailed to the participant: only the time and the coach's
	 * name, so the link reveals nothing more even if forwarded.
	 */
	@Transactional(readOnly = true)
	String calendarByToken(String token) {
		CoachingSession s = sessions.findByCalendarToken(token).orElseThrow(() -> new ParticipantNotFound(0L));
		String coach = accounts.find(s.getCoachId()).map(AccountUser::displayName).orElse("");
		return ics(s, messages.getMessage("session.ics.participantSummary", new Object[] { coach }, LocaleContextHolder.getLocale()));
	}

	/** A calendar file (RFC 5545) for the session: no case details, only time and who. */
	@Transactional
	String calendar(AccountUser staff, Long sessionId) {
		CoachingSession s = open(staff, sessionId);
		records.audit(staff, AuditTrail.Action.READ, RECORD, sessionId, s.getParticipantId());
		String name = participants.findById(s.getParticipantId()).map(Participant::displayName).orElse("");
		return ics(s, messages.getMessage("session.ics.summary", new Object[] { name }, LocaleContextHolder.getLocale()));
	}

	private String ics(CoachingSession s, String summary) {
		DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC"));
		return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//RecoveryWorks//Coaching//EN", "BEGIN:VEVENT",
				"UID:session-" + s.getId() + "@recoveryworks", "DTSTAMP:" + utc.format(Instant.now(clock)),
				"DTSTART:" + utc.format(s.getStartsAt()), "DTEND:" + utc.format(s.getStartsAt().plus(Duration.ofMinutes(s.getMinutes()))),
				"SUMMARY:" + escape(summary), "END:VEVENT", "END:VCALENDAR", "");
	}

	/** Every morning, a reminder to the coach for the sessions of the next day. */
	@Scheduled(cron = "0 0 7 * * *", zone = "${recoveryworks.time-zone:America/New_York}")
	@SchedulerLock(name = "session-reminders", lockAtLeastFor = "PT1M")
	@Transactional
	public void sendReminders() {
		ZoneId zone = clock.getZone();
		LocalDate tomorrow = Instant.now(clock).atZone(zone).toLocalDate().plusDays(1);
		Instant from = tomorrow.atStartOfDay(zone).toInstant();
		Instant to = tomorrow.plusDays(1).atStartOfDay(zone).toInstant();
		for (CoachingSession s : sessions.findByStartsAtBetweenAndDocumentedAtIsNullAndCancelledAtIsNull(from, to)) {
			// The participant's coach now, who may not be the one who scheduled it (caseloads move).
			Participant participant = participants.findById(s.getParticipantId()).orElse(null);
			Long coachId = participant != null ? participant.getPrimaryCoachId() : s.getCoachId();
			Texts.Delivery[] texted = { Texts.Delivery.EMAIL };
			if (participant != null && participant.getSeekerAccountId() != null) {
				// A text, if the person chose texts for reminders: the time only, no program or coach named.
				Languages.writeIn(languageOf(participant), () -> texted[0] = texts.send(participant.getSeekerAccountId(),
						TextPurpose.SESSION_REMINDERS, messages.getMessage("text.reminder", new Object[] { dates.weekdayTime(s.getStartsAt()) },
								LocaleContextHolder.getLocale()), null));
			}
			// The e-mail too, unless the person chose texts instead of e-mail.
			if (participant != null && participant.getEmail() != null && texted[0] != Texts.Delivery.TEXT) {
				String coachName = accounts.find(coachId).map(AccountUser::displayName).orElse("");
				Languages.writeIn(languageOf(participant), () -> {
					var locale = LocaleContextHolder.getLocale();
					String when = dates.weekdayTime(s.getStartsAt());
					mailer.sendAboutCaseRecord(participant.getEmail(), messages.getMessage("mail.reminder.subject", new Object[] { when }, locale),
							messages.getMessage("mail.session.participant", new Object[] { participant.realDisplayName(), when, coachName }, locale));
				});
			}
			accounts.find(coachId).ifPresent(coach -> Languages.writeIn(accounts.languageOf(coach.id()), () -> {
				var locale = LocaleContextHolder.getLocale();
				String when = dates.weekdayTime(s.getStartsAt());
				mailer.sendAboutCaseRecord(coach.email(), messages.getMessage("mail.reminder.subject", new Object[] { when }, locale),
						messages.getMessage("mail.reminder.body", new Object[] { when,
								properties.baseUrl() + "/coach/sessions/" + s.getId() }, locale));
			}));
		}
	}

	/** A participant's language: the one their record names, else the one their own account chose, else English. */
	private java.util.Locale languageOf(Participant p) {
		return Languages.ofRecorded(p.getLanguage())
			.orElseGet(() -> p.getSeekerAccountId() == null ? Languages.ENGLISH : accounts.languageOf(p.getSeekerAccountId()));
	}

	private CoachingSession open(AccountUser staff, Long sessionId) {
		CoachingSession s = sessions.findById(sessionId).orElseThrow(() -> new ParticipantNotFound(sessionId));
		records.open(staff, s.getParticipantId());
		return s;
	}

	private SessionView view(CoachingSession s, String participantName) {
		boolean overdue = s.getDocumentedAt() == null
				&& s.getStartsAt().plus(Duration.ofDays(documentationDueDays)).isBefore(Instant.now(clock));
		List<String> goals = s.getGoalsTouched() == null ? List.of() : Arrays.asList(s.getGoalsTouched().split(","));
		return new SessionView(s.getId(), s.getVersion(), s.getParticipantId(), participantName, s.getStartsAt(), s.getMinutes(),
				s.getMode(), s.getKind(), s.getTopics(), goals, s.getNote(), s.getNextSteps(), s.getDocumentedAt(),
				overdue && s.getCancelledAt() == null, s.getCancelledAt(), s.getCancelReason());
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}
}
