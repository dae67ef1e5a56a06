package org.recoveryworks.outcomes;

/** Whether the person was reached for a follow-up. */
enum FollowUpOutcome {
	DUE, REACHED, NOT_REACHED
}
