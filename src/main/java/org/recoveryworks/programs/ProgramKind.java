package org.recoveryworks.programs;

/** What kind of program a listing is. */
enum ProgramKind {
	IPS_SUPPORTED_EMPLOYMENT, PEER_RUN_ORGANIZATION, RECOVERY_EMPLOYMENT_SERVICES, VOCATIONAL_REHABILITATION, LEGAL_AID
}
