package org.recoveryworks.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

class SeekerRegistrationForm {

	@NotBlank(message = "{registration.name.required}")
	@Size(max = 120, message = "{registration.name.size}")
	private String displayName;

	@NotBlank(message = "{registration.email.required}")
	@Email(message = "{registration.email.invalid}")
	@Size(max = 254, message = "{registration.email.invalid}")
	private String email;

	@Pattern(regexp = "^$|^[0-9()+\\-. ]{7,25}$", message = "{registration.phone.invalid}")
	private String phone;

	@NotBlank(message = "{registration.password.required}")
	@Size(min = 12, max = 72, message = "{registration.password.size}")
	private String password;

	@jakarta.validation.constraints.AssertTrue(message = "{registration.password.size}")
	public boolean isPasswordShortEnough() {
		return SecurityConfiguration.fitsPasswordHash(password);
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
