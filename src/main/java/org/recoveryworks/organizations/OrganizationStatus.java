package org.recoveryworks.organizations;

/** Where an organization is in verification: its postings are public only once VERIFIED. */
public enum OrganizationStatus {
	PENDING, VERIFIED, REJECTED;

	/** Whether an administrator may verify or refuse it now: only while it waits for a decision. */
	public boolean awaitsDecision() {
		return this == PENDING;
	}

	/** Whether it was refused and must correct its details and ask again. */
	public boolean refused() {
		return this == REJECTED;
	}
}
