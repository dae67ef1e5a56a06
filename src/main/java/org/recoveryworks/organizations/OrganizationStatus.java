package org.recoveryworks.organizations;

/** Where an organization is in verification: its postings are public only once VERIFIED. */
public enum OrganizationStatus {
	PENDING, VERIFIED, REJECTED
}
