package org.recoveryworks.administration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.recoveryworks.shared.Deployment;

/** The deployment's settings as the administrator edits them. */
class SetupForm {

	private long version = -1;

	@NotBlank(message = "{setup.name.required}")
	@Size(max = 120, message = "{setup.name.size}")
	private String name;

	@NotBlank(message = "{setup.states.required}")
	@Size(max = 200, message = "{setup.states.invalid}")
	private String states;

	@NotBlank(message = "{setup.zone.required}")
	private String timeZone;

	@NotBlank(message = "{setup.supportEmail.required}")
	@Email(message = "{registration.email.invalid}")
	@Size(max = 254, message = "{registration.email.invalid}")
	private String supportEmail;

	/** Every code typed is a state's two letters, or US for all of them; the zone is one of the list. Next to their fields. */
	void validate(org.springframework.validation.Errors errors) {
		if (states != null && !states.isBlank() && !errors.hasFieldErrors("states") && !Deployment.validStates(states)) {
			errors.rejectValue("states", "setup.states.invalid");
		}
		if (timeZone != null && !timeZone.isBlank() && !SetupController.TIME_ZONES.contains(timeZone)) {
			errors.rejectValue("timeZone", "setup.zone.invalid");
		}
	}

	static SetupForm of(Deployment.Settings s) {
		SetupForm f = new SetupForm();
		f.version = s.version();
		f.name = s.name();
		f.states = s.statesText();
		f.timeZone = s.zone().getId();
		f.supportEmail = s.supportEmail();
		return f;
	}

	Deployment.Settings toSettings() {
		return new Deployment.Settings(name.strip(), Deployment.parseStates(states), java.time.ZoneId.of(timeZone), supportEmail.strip(),
				true, version);
	}

	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getStates() { return states; }
	public void setStates(String states) { this.states = states; }
	public String getTimeZone() { return timeZone; }
	public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
	public String getSupportEmail() { return supportEmail; }
	public void setSupportEmail(String supportEmail) { this.supportEmail = supportEmail; }
}
