package org.recoveryworks.credentials;

/** Where an entry is in verification: only verified entries count. */
enum EntryStatus {
	PENDING, VERIFIED, RETURNED
}
