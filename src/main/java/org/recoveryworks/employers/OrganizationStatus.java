package org.recoveryworks.employers;

/** Where an organization is in verification: its postings are public only once VERIFIED. */
public enum OrganizationStatus {
	PENDING, VERIFIED, REJECTED
}
