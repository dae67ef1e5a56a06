package org.recoveryworks.credentials;

/** Where an entry is in verification: only verified entries count. */
enum EntryStatus {
	PENDING, VERIFIED, RETURNED;

	/** A supervisor decides (verify or give back) only on an entry waiting for it. */
	boolean canBeReviewed() {
		return this == PENDING;
	}

	/** The owner removes an entry until it is verified: a verified one is part of the record. */
	boolean canBeRemoved() {
		return this != VERIFIED;
	}
}
