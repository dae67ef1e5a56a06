package org.recoveryworks.coaching;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

class ParticipantForm {

	private long version;

	@NotBlank(message = "{participant.fullName.required}")
	@Size(max = 120, message = "{participant.size.120}")
	private String fullName;

	@Size(max = 120, message = "{participant.size.120}")
	private String preferredName;

	@Pattern(regexp = "^$|^[0-9()+\\-. ]{7,25}$", message = "{registration.phone.invalid}")
	private String phone;

	@Email(message = "{registration.email.invalid}")
	@Size(max = 254, message = "{registration.email.invalid}")
	private String email;

	@Size(max = 100, message = "{participant.size.100}")
	private String town;

	@Pattern(regexp = "^$|^\\d{5}$", message = "{registration.zip.invalid}")
	private String zip;

	@Size(max = 60, message = "{participant.size.60}")
	private String language;

	@NotNull(message = "{participant.enrolledOn.required}")
	@PastOrPresent(message = "{participant.enrolledOn.future}")
	@org.recoveryworks.shared.ReasonableDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate enrolledOn;

	@Size(max = 200, message = "{participant.size.200}")
	private String referralSource;

	@NotNull(message = "{participant.employmentStatus.required}")
	private EmploymentStatus employmentStatus;

	private Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);

	@Size(max = 4000, message = "{participant.size.4000}")
	private String ownGoals;

	private Long primaryCoachId;

	@AssertTrue(message = "{participant.benefits.choose}")
	public boolean isBenefitsValid() {
		return benefits != null && !benefits.isEmpty() && !(benefits.contains(Benefit.NONE) && benefits.size() > 1);
	}

	static ParticipantForm of(Participant p) {
		ParticipantForm f = new ParticipantForm();
		f.version = p.getVersion();
		f.fullName = p.getFullName();
		f.preferredName = p.getPreferredName();
		f.phone = p.getPhone();
		f.email = p.getEmail();
		f.town = p.getTown();
		f.zip = p.getZip();
		f.language = p.getLanguage();
		f.enrolledOn = p.getEnrolledOn();
		f.referralSource = p.getReferralSource();
		f.employmentStatus = p.getEmploymentStatus();
		f.benefits = p.benefitSet();
		f.ownGoals = p.getOwnGoals();
		f.primaryCoachId = p.getPrimaryCoachId();
		return f;
	}

	public long getVersion() { return version; }
	public void setVersion(long v) { this.version = v; }
	public String getFullName() { return fullName; }
	public void setFullName(String v) { this.fullName = v; }
	public String getPreferredName() { return preferredName; }
	public void setPreferredName(String v) { this.preferredName = v; }
	public String getPhone() { return phone; }
	public void setPhone(String v) { this.phone = v; }
	public String getEmail() { return email; }
	public void setEmail(String v) { this.email = v; }
	public String getTown() { return town; }
	public void setTown(String v) { this.town = v; }
	public String getZip() { return zip; }
	public void setZip(String v) { this.zip = v; }
	public String getLanguage() { return language; }
	public void setLanguage(String v) { this.language = v; }
	public LocalDate getEnrolledOn() { return enrolledOn; }
	public void setEnrolledOn(LocalDate v) { this.enrolledOn = v; }
	public String getReferralSource() { return referralSource; }
	public void setReferralSource(String v) { this.referralSource = v; }
	public EmploymentStatus getEmploymentStatus() { return employmentStatus; }
	public void setEmploymentStatus(EmploymentStatus v) { this.employmentStatus = v; }
	public Set<Benefit> getBenefits() { return benefits; }
	public void setBenefits(Set<Benefit> v) { this.benefits = v == null ? EnumSet.noneOf(Benefit.class) : v; }
	public String getOwnGoals() { return ownGoals; }
	public void setOwnGoals(String v) { this.ownGoals = v; }
	public Long getPrimaryCoachId() { return primaryCoachId; }
	public void setPrimaryCoachId(Long v) { this.primaryCoachId = v; }
}
