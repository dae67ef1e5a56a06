package org.recoveryworks.coaching;

/** Who a training is for. */
enum Audience {
	PARTICIPANTS, EMPLOYER_STAFF, PROGRAM_STAFF
}
