package org.recoveryworks.organizations;

import java.time.Instant;

/** An organization as other modules see it, with its profile and where it is in verification. */
public record OrganizationSummary(Long id, String name, OrganizationKind kind, String street, String town, String zip,
		String phone, String website, String description, OrganizationStatus status, Instant createdAt,
		String eeoStatement, String recruiterName, String recruiterEmail, String recruiterPhone, String refusalReason,
		Instant decidedAt, long version) {

	public boolean verified() {
		return status == OrganizationStatus.VERIFIED;
	}

	public boolean isProgram() {
		return kind == OrganizationKind.PEER_EMPLOYMENT_PROGRAM;
	}
}
