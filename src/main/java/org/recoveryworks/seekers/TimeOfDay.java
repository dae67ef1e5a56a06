package org.recoveryworks.seekers;

/** The times of day a person can work. */
enum TimeOfDay {
	MORNING, AFTERNOON, EVENING, NIGHT
}
