package org.recoveryworks.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention of job applications: once a posting has been closed for
 * {@code recoveryworks.retention.applications} (two years unless configured), what its
 * applicants wrote and sent is erased, as when they close their account. That an application came
 * in and what happened to it stay, with no name, for the job bank's statistics.
 */
@Component
class ApplicationRetention {

	private static final Logger log = LoggerFactory.getLogger(ApplicationRetention.class);

	private final ApplicationRepository applications;
	private final org.recoveryworks.shared.DocumentStore documents;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Period keep;

	ApplicationRetention(ApplicationRepository applications, org.recoveryworks.shared.DocumentStore documents,
			TransactionTemplate transaction, Clock clock, @Value("${recoveryworks.retention.applications:P2Y}") Period keep) {
		this.applications = applications;
		this.documents = documents;
		this.transaction = transaction;
		this.clock = clock;
		this.keep = keep;
	}

	/** Erases what is past its retention, 500 applications per transaction; how many were erased. */
	@Scheduled(cron = "0 30 2 * * *", zone = "${recoveryworks.time-zone:America/New_York}")
	@SchedulerLock(name = "application-retention", lockAtLeastFor = "PT1M")
	int erasePastRetention() {
		LocalDate cutoff = LocalDate.now(clock).minus(keep);
		Instant cutoffInstant = cutoff.atStartOfDay(clock.getZone()).toInstant();
		int erased = org.recoveryworks.shared.Batches.untilDone(transaction, 500, () -> {
			List<JobApplication> due = applications.findPastRetention(cutoff, cutoffInstant,
					org.springframework.data.domain.PageRequest.of(0, 500));
			Instant now = Instant.now(clock);
			for (JobApplication a : due) {
				a.getDocuments().forEach(d -> documents.deleteAfterCommit(d.getStorageKey()));
				a.eraseApplicant(now);
			}
			return due.size();
		});
		if (erased > 0) {
			log.info("Retention: erased the personal data of {} applications to postings closed before {}", erased, cutoff);
		}
		return erased;
	}
}
