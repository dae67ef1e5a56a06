package org.recoveryworks.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.recoveryworks.shared.Text;
import org.recoveryworks.organizations.NewOrganization;
import org.recoveryworks.organizations.OrganizationKind;

class EmployerRegistrationForm extends SeekerRegistrationForm {

	@NotBlank(message = "{registration.organization.required}")
	@Size(max = 200, message = "{registration.organization.size}")
	private String organizationName;

	@NotNull(message = "{registration.kind.required}")
	private OrganizationKind kind;

	@Size(max = 200, message = "{registration.street.size}")
	private String street;

	@NotBlank(message = "{registration.town.required}")
	@Size(max = 100, message = "{registration.town.size}")
	private String town;

	@NotBlank(message = "{registration.zip.required}")
	@Pattern(regexp = "^\\d{5}$", message = "{registration.zip.invalid}")
	private String zip;

	@Pattern(regexp = "^$|^https?://[^\\s]{3,290}$", message = "{registration.website.invalid}")
	private String website;

	@Size(max = 2000, message = "{registration.description.size}")
	private String description;

	NewOrganization toNewOrganization() {
		return new NewOrganization(organizationName.trim(), kind, Text.trimToNull(street), town.trim(), zip, Text.trimToNull(getPhone()),
				Text.trimToNull(website), Text.trimToNull(description));
	}

	public String getOrganizationName() {
		return organizationName;
	}

	public void setOrganizationName(String organizationName) {
		this.organizationName = organizationName;
	}

	/** A peer employment program is created by an administrator, not registered as an employer. */
	@jakarta.validation.constraints.AssertTrue(message = "{registration.kind.required}")
	public boolean isEmployerKind() {
		return kind == null || kind.isEmployer();
	}

	public OrganizationKind getKind() {
		return kind;
	}

	public void setKind(OrganizationKind kind) {
		this.kind = kind;
	}

	public String getStreet() {
		return street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getTown() {
		return town;
	}

	public void setTown(String town) {
		this.town = town;
	}

	public String getZip() {
		return zip;
	}

	public void setZip(String zip) {
		this.zip = zip;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}
}
