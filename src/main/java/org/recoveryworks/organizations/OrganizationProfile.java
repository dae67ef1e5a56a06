package org.recoveryworks.organizations;

/**
 * What an organization says about itself: kept in one place, shown on its postings and used in their
 * JSON-LD. For a program, the recruiter fields stay empty.
 */
public record OrganizationProfile(String name, String street, String town, String zip, String phone, String website,
		String description, String eeoStatement, String recruiterName, String recruiterEmail, String recruiterPhone) {
}
