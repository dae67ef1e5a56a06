package org.recoveryworks.consultation;

/** What employers ask for help with when hiring and supporting peer staff (seeds/003_). */
enum ConsultationTopic {
	PEER_JOB_DESCRIPTIONS, ACCOMMODATIONS, SUPERVISION, CONFIDENTIALITY, DUAL_RELATIONSHIPS, RECOVERY_CULTURE, OTHER
}
