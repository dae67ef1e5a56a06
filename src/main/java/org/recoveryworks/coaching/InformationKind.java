package org.recoveryworks.coaching;

/** The kinds of a participant's information a consent may cover and a disclosure may contain. */
public enum InformationKind {
	/** Name, program, and enrollment and discharge dates. */
	ENROLLMENT,
	/** The current person-centered employment plan: goals and steps. */
	EMPLOYMENT_PLAN,
	/** Dates and kinds of coaching sessions attended, without notes. */
	SESSION_ATTENDANCE,
	/** Coaching session notes. */
	SESSION_NOTES
}
