package org.recoveryworks.coaching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention of closed case records: once a participant has been discharged for
 * {@code recoveryworks.retention.discharged-records} (seven years unless configured), who they
 * were (name, contact details, address, their own words), what was written in their plans, session
 * and discharge notes, the signers and scans of their consents and what their disclosures sent are
 * erased. Dates, status, benefits and jobs stay, with no name, for the program's
 * statistics; the audit trail is kept whole.
 */
@Component
class CaseRecordRetention {

	private static final Logger log = LoggerFactory.getLogger(CaseRecordRetention.class);

	private final ParticipantRepository participants;
	private final CoachingSessionRepository sessions;
	private final PlanVersionRepository plans;
	private final EnrollmentRepository enrollments;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Period keep;

	CaseRecordRetention(ParticipantRepository participants, CoachingSessionRepository sessions, PlanVersionRepository plans,
			EnrollmentRepository enrollments, org.springframework.context.ApplicationEventPublisher events,
			TransactionTemplate transaction, Clock clock, @Value("${recoveryworks.retention.discharged-records:P7Y}") Period keep) {
		this.enrollments = enrollments;
		this.events = events;
		this.participants = participants;
		this.sessions = sessions;
		this.plans = plans;
		this.transaction = transaction;
		this.clock = clock;
		this.keep = keep;
	}

	/** Erases the records past retention, 200 per transaction; how many were erased. */
	@Scheduled(cron = "0 45 2 * * *", zone = "${recoveryworks.time-zone:America/New_York}")
	@SchedulerLock(name = "case-record-retention", lockAtLeastFor = "PT1M")
	int erasePastRetention() {
		LocalDate cutoff = LocalDate.now(clock).minus(keep);
		int erased = org.recoveryworks.shared.Batches.untilDone(transaction, 200, () -> {
			List<Participant> due = participants.findPastRetention(cutoff, PageRequest.of(0, 200));
			Instant now = Instant.now(clock);
			for (Participant p : due) {
				p.eraseIdentity(now);
				sessions.eraseNotes(p.getId());
				plans.eraseWords(p.getId());
				plans.eraseSteps(p.getId());
				events.publishEvent(new ParticipantRenamed(p.getId(), p.displayName()));
				enrollments.eraseNotes(p.getId());
				// Other modules erase what they hold of the record (the consents module: signers, scans, what was sent), in this transaction.
				events.publishEvent(new CaseRecordErased(p.getId()));
			}
			return due.size();
		});
		if (erased > 0) {
			log.info("Retention: erased who {} people discharged before {} were", erased, cutoff);
		}
		return erased;
	}
}
