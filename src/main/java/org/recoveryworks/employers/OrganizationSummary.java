package org.recoveryworks.employers;

import java.time.Instant;

/** An organization as other modules see it. */
public record OrganizationSummary(Long id, String name, OrganizationKind kind, String street, String town, String zip,
		String phone, String website, String description, OrganizationStatus status, Instant createdAt) {

	public boolean verified() {
		return status == OrganizationStatus.VERIFIED;
	}
}
