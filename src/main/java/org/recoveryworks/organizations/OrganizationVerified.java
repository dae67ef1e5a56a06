package org.recoveryworks.organizations;

/** Published when an admin verifies an organization: its postings may now be public. */
public record OrganizationVerified(Long organizationId) {
}
