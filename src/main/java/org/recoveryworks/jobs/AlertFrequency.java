package org.recoveryworks.jobs;

/** How often a saved search's new jobs are e-mailed: never, once a day, or once a week. */
enum AlertFrequency {
	NONE, DAILY, WEEKLY
}
