package org.recoveryworks.programs;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A program listing as its keepers edit it. */
class ProgramForm {

	private long version;

	@NotBlank(message = "{program.name.required}")
	@Size(max = 200, message = "{participant.size.200}")
	private String name;

	@NotNull(message = "{program.kind.required}")
	private ProgramKind kind;

	private Set<ProgramService> services = EnumSet.noneOf(ProgramService.class);

	@NotBlank(message = "{program.languages.required}")
	@Size(max = 300, message = "{program.size.300}")
	@Pattern(regexp = "^[\\p{L} ,'()-]*$", message = "{program.languages.invalid}")
	private String languages = "English";

	@Size(max = 2000, message = "{program.size.2000}")
	private String eligibility;

	@Size(max = 300, message = "{program.size.300}")
	private String hours;

	@Pattern(regexp = "^$|^[0-9()+\\-. ]{7,25}$", message = "{registration.phone.invalid}")
	private String phone;

	@Email(message = "{registration.email.invalid}")
	@Size(max = 254, message = "{registration.email.invalid}")
	private String email;

	@Size(max = 300, message = "{program.size.300}")
	@Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{program.website.invalid}")
	private String website;

	@Size(max = 200, message = "{participant.size.200}")
	private String street;

	@NotBlank(message = "{program.town.required}")
	@Size(max = 100, message = "{participant.size.100}")
	private String town;

	@NotBlank(message = "{registration.zip.invalid}")
	@Pattern(regexp = "^\\s*\\d{5}\\s*$", message = "{registration.zip.invalid}")
	private String zip;

	@AssertTrue(message = "{program.services.required}")
	public boolean isServicesChosen() {
		return services != null && !services.isEmpty();
	}

	/** The languages, trimmed, without empty entries or repeats. */
	List<String> languageList() {
		return languages == null ? List.of()
				: Arrays.stream(languages.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
	}

	static ProgramForm of(ProgramListing p) {
		ProgramForm f = new ProgramForm();
		f.version = p.getVersion();
		f.name = p.getName();
		f.kind = p.getKind();
		f.services = p.serviceSet();
		f.languages = String.join(", ", p.languageList());
		f.eligibility = p.getEligibility();
		f.hours = p.getHours();
		f.phone = p.getPhone();
		f.email = p.getEmail();
		f.website = p.getWebsite();
		f.street = p.getStreet();
		f.town = p.getTown();
		f.zip = p.getZip();
		return f;
	}

	public long getVersion() { return version; }
	public void setVersion(long v) { this.version = v; }
	public String getName() { return name; }
	public void setName(String v) { this.name = v; }
	public ProgramKind getKind() { return kind; }
	public void setKind(ProgramKind v) { this.kind = v; }
	public Set<ProgramService> getServices() { return services; }
	public void setServices(Set<ProgramService> v) { this.services = v == null ? EnumSet.noneOf(ProgramService.class) : v; }
	public String getLanguages() { return languages; }
	public void setLanguages(String v) { this.languages = v; }
	public String getEligibility() { return eligibility; }
	public void setEligibility(String v) { this.eligibility = v; }
	public String getHours() { return hours; }
	public void setHours(String v) { this.hours = v; }
	public String getPhone() { return phone; }
	public void setPhone(String v) { this.phone = v; }
	public String getEmail() { return email; }
	public void setEmail(String v) { this.email = v; }
	public String getWebsite() { return website; }
	public void setWebsite(String v) { this.website = v; }
	public String getStreet() { return street; }
	public void setStreet(String v) { this.street = v; }
	public String getTown() { return town; }
	public void setTown(String v) { this.town = v; }
	public String getZip() { return zip; }
	public void setZip(String v) { this.zip = v; }
}
