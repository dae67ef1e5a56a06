package org.recoveryworks.community;

/** Who a training is for. */
enum Audience {
	PARTICIPANTS, EMPLOYER_STAFF, PROGRAM_STAFF
}
