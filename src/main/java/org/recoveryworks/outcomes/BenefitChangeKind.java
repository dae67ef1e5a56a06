package org.recoveryworks.outcomes;

/** What happened to a benefit on a date. */
enum BenefitChangeKind {
	STARTED, REDUCED, STOPPED, RESUMED;

	/** After this change the person receives the benefit again. */
	boolean receiving() {
		return this != STOPPED;
	}
}
