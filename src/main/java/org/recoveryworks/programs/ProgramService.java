package org.recoveryworks.programs;

/** A service a program offers. */
enum ProgramService {
	JOB_SEARCH, JOB_COACHING, BENEFITS_COUNSELING, PEER_SUPPORT, SUPPORTED_EDUCATION, VOCATIONAL_ASSESSMENT, TRAINING,
	LEGAL_ADVICE
}
