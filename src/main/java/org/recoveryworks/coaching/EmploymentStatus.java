package org.recoveryworks.coaching;

/** A participant's work situation at intake. */
public enum EmploymentStatus {
	UNEMPLOYED_LOOKING, UNEMPLOYED_NOT_LOOKING, EMPLOYED_PART_TIME, EMPLOYED_FULL_TIME, VOLUNTEERING, IN_SCHOOL
}
