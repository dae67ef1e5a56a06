package org.recoveryworks.organizations;

/** What an employer gives when registering an organization. */
public record NewOrganization(String name, OrganizationKind kind, String street, String town, String zip, String phone,
		String website, String description) {
}
