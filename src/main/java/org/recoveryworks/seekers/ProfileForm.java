package org.recoveryworks.seekers;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The profile's own fields (work history and schooling have forms of their own). Everything is optional. */
class ProfileForm {

	@Pattern(regexp = "^$|^[0-9()+\\-. ]{7,25}$", message = "{registration.phone.invalid}")
	private String phone;

	@Size(max = 120, message = "{profile.tooLong}")
	private String town;

	@Size(max = 2000, message = "{profile.tooLong}")
	private String skills;

	@Size(max = 500, message = "{profile.tooLong}")
	private String languages;

	@Size(max = 2000, message = "{profile.tooLong}")
	private String certifications;

	private Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);

	private Set<TimeOfDay> times = EnumSet.noneOf(TimeOfDay.class);

	@Min(value = 1, message = "{profile.hours.range}")
	@Max(value = 80, message = "{profile.hours.range}")
	private Integer hoursPerWeek;

	private Set<Transport> transport = EnumSet.noneOf(Transport.class);

	@Min(value = 1, message = "{profile.miles.range}")
	@Max(value = 200, message = "{profile.miles.range}")
	private Integer maxMiles;

	private boolean showCredentials;

	static ProfileForm of(SeekerProfile p) {
		ProfileForm form = new ProfileForm();
		if (p != null) {
			form.phone = p.getPhone();
			form.town = p.getTown();
			form.skills = p.getSkills();
			form.languages = p.getLanguages();
			form.certifications = p.getCertifications();
			form.days = p.getDays();
			form.times = p.getTimes();
			form.hoursPerWeek = p.getHoursPerWeek();
			form.transport = p.getTransport();
			form.maxMiles = p.getMaxMiles();
			form.showCredentials = p.isShowCredentials();
		}
		return form;
	}

	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getTown() { return town; }
	public void setTown(String town) { this.town = town; }
	public String getSkills() { return skills; }
	public void setSkills(String skills) { this.skills = skills; }
	public String getLanguages() { return languages; }
	public void setLanguages(String languages) { this.languages = languages; }
	public String getCertifications() { return certifications; }
	public void setCertifications(String certifications) { this.certifications = certifications; }
	public Set<DayOfWeek> getDays() { return days; }
	public void setDays(Set<DayOfWeek> days) { this.days = days == null ? EnumSet.noneOf(DayOfWeek.class) : days; }
	public Set<TimeOfDay> getTimes() { return times; }
	public void setTimes(Set<TimeOfDay> times) { this.times = times == null ? EnumSet.noneOf(TimeOfDay.class) : times; }
	public Integer getHoursPerWeek() { return hoursPerWeek; }
	public void setHoursPerWeek(Integer hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
	public Set<Transport> getTransport() { return transport; }
	public void setTransport(Set<Transport> transport) { this.transport = transport == null ? EnumSet.noneOf(Transport.class) : transport; }
	public boolean isShowCredentials() { return showCredentials; }
	public void setShowCredentials(boolean showCredentials) { this.showCredentials = showCredentials; }
	public Integer getMaxMiles() { return maxMiles; }
	public void setMaxMiles(Integer maxMiles) { this.maxMiles = maxMiles; }
}
