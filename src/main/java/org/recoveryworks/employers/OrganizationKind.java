package org.recoveryworks.employers;

/** What sort of employer an organization is. */
public enum OrganizationKind {
	STATE_AGENCY, NONPROFIT_PROVIDER, PRIVATE_EMPLOYER
}
