package org.recoveryworks.administration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.recoveryworks.organizations.NewOrganization;
import org.recoveryworks.organizations.OrganizationKind;
import org.recoveryworks.organizations.OrganizationProfile;
import org.recoveryworks.organizations.OrganizationSummary;
import org.recoveryworks.shared.Text;

/** A program's details (an administrator's form) or an employer's profile (its own team's form). */
class OrganizationForm {

	private long version;

	@NotBlank(message = "{organization.name.required}")
	@Size(max = 200, message = "{participant.size.200}")
	private String name;

	@Size(max = 200, message = "{participant.size.200}")
	private String street;

	@NotBlank(message = "{program.town.required}")
	@Size(max = 100, message = "{participant.size.100}")
	private String town;

	@NotBlank(message = "{registration.zip.invalid}")
	@Pattern(regexp = "^\\s*\\d{5}\\s*$", message = "{registration.zip.invalid}")
	private String zip;

	@Pattern(regexp = "^$|^[0-9()+\\-. ]{7,25}$", message = "{registration.phone.invalid}")
	private String phone;

	@Size(max = 300, message = "{program.size.300}")
	@Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{program.website.invalid}")
	private String website;

	@Size(max = 2000, message = "{program.size.2000}")
	private String description;

	@Size(max = 2000, message = "{program.size.2000}")
	private String eeoStatement;

	@Size(max = 120, message = "{registration.name.size}")
	private String recruiterName;

	@Email(message = "{registration.email.invalid}")
	@Size(max = 254, message = "{registration.email.invalid}")
	private String recruiterEmail;

	@Pattern(regexp = "^$|^[0-9()+\\-. ]{7,25}$", message = "{registration.phone.invalid}")
	private String recruiterPhone;

	static OrganizationForm of(OrganizationSummary o) {
		OrganizationForm f = new OrganizationForm();
		f.version = o.version();
		f.name = o.name();
		f.street = o.street();
		f.town = o.town();
		f.zip = o.zip();
		f.phone = o.phone();
		f.website = o.website();
		f.description = o.description();
		f.eeoStatement = o.eeoStatement();
		f.recruiterName = o.recruiterName();
		f.recruiterEmail = o.recruiterEmail();
		f.recruiterPhone = o.recruiterPhone();
		return f;
	}

	NewOrganization toNewProgram() {
		return new NewOrganization(name.strip(), OrganizationKind.PEER_EMPLOYMENT_PROGRAM, Text.trimToNull(street), town.strip(), zip.strip(),
				Text.trimToNull(phone), Text.trimToNull(website), Text.trimToNull(description));
	}

	OrganizationProfile toProfile() {
		return new OrganizationProfile(name.strip(), Text.trimToNull(street), town.strip(), zip.strip(), Text.trimToNull(phone),
				Text.trimToNull(website), Text.trimToNull(description), Text.trimToNull(eeoStatement), Text.trimToNull(recruiterName),
				Text.trimToNull(recruiterEmail), Text.trimToNull(recruiterPhone));
	}

	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getStreet() { return street; }
	public void setStreet(String street) { this.street = street; }
	public String getTown() { return town; }
	public void setTown(String town) { this.town = town; }
	public String getZip() { return zip; }
	public void setZip(String zip) { this.zip = zip; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getWebsite() { return website; }
	public void setWebsite(String website) { this.website = website; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getEeoStatement() { return eeoStatement; }
	public void setEeoStatement(String eeoStatement) { this.eeoStatement = eeoStatement; }
	public String getRecruiterName() { return recruiterName; }
	public void setRecruiterName(String recruiterName) { this.recruiterName = recruiterName; }
	public String getRecruiterEmail() { return recruiterEmail; }
	public void setRecruiterEmail(String recruiterEmail) { this.recruiterEmail = recruiterEmail; }
	public String getRecruiterPhone() { return recruiterPhone; }
	public void setRecruiterPhone(String recruiterPhone) { this.recruiterPhone = recruiterPhone; }
}
