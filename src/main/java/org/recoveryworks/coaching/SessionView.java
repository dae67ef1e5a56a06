package org.recoveryworks.coaching;

import java.time.Instant;
import java.util.List;

/** A session as its coach and supervisor see it. */
record SessionView(Long id, long version, Long participantId, String participantName, Instant startsAt, int minutes,
		SessionMode mode, SessionKind kind, String topics, List<String> goalsTouched, String note, String nextSteps,
		Instant documentedAt, boolean documentationOverdue, Instant cancelledAt, String cancelReason) {

	public boolean cancelled() {
		return cancelledAt != null;
	}

	public boolean documented() {
		return documentedAt != null;
	}
}
