package org.recoveryworks.outcomes;

/** Why a job ended. */
enum EndReason {
	BETTER_JOB, QUIT, LAID_OFF, FIRED, TEMPORARY_JOB_ENDED, HEALTH, OTHER
}
