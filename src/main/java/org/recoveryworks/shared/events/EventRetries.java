package org.recoveryworks.shared.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs again the reactions to events that failed (a placement suggestion whose database write failed, say): every
 * reaction of one module to another's event is recorded in the event publication registry with the event, and one
 * that failed, or was cut off by a stop, is resubmitted here once it is {@code recoveryworks.events.retry-after} old, until
 * it succeeds. With several nodes, each run happens on one node.
 */
@Component
public class EventRetries {

	private static final Logger log = LoggerFactory.getLogger(EventRetries.class);

	private final IncompleteEventPublications incomplete;
	private final Duration retryAfter;
	private final Clock clock;

	EventRetries(IncompleteEventPublications incomplete, @Value("${recoveryworks.events.retry-after:PT1M}") Duration retryAfter,
			Clock clock) {
		this.incomplete = incomplete;
		this.retryAfter = retryAfter;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${recoveryworks.events.retry-every:PT1M}", initialDelayString = "${recoveryworks.events.retry-every:PT1M}")
	@SchedulerLock(name = "retry-failed-event-reactions")
	public void retryScheduled() {
		retryFailed();
	}

	/** Resubmits the reactions that failed at least {@code retry-after} ago (a batch at a time). */
	public void retryFailed() {
		log.debug("Retrying failed event reactions older than {}", retryAfter);
		Instant before = clock.instant().minus(retryAfter);
		// The filter repeats the minimum age: Spring Modulith 2.0.3's query for failed publications ORs the date
		// condition away, so without it a reaction that failed a moment ago would be retried at once.
		incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(retryAfter)
			.withFilter(publication -> publication.getPublicationDate().isBefore(before)));
	}
}
