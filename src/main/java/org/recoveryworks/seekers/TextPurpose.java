package org.recoveryworks.seekers;

/** What a person may choose to get texts about. */
public enum TextPurpose {
	JOB_ALERTS, APPLICATION_STATUS, SESSION_REMINDERS
}
