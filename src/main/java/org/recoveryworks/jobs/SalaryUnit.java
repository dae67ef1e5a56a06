package org.recoveryworks.jobs;

/** The unit an employer enters pay in; the other two are derived. */
public enum SalaryUnit {
	HOURLY, BIWEEKLY, YEARLY
}
