package org.recoveryworks.outcomes;

/** A suggestion from a hire in the job bank waits for the coach; only confirmed placements count. */
enum PlacementStatus {
	SUGGESTED, CONFIRMED, DISMISSED
}
