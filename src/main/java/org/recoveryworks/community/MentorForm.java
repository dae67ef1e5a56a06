package org.recoveryworks.community;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

class MentorForm {

	@NotBlank(message = "{mentoring.name.required}")
	@Size(max = 120, message = "{participant.size.120}")
	private String name;

	@Size(max = 200, message = "{participant.size.200}")
	private String work;

	@Pattern(regexp = "^$|^[0-9()+\\-. ]{7,25}$", message = "{registration.phone.invalid}")
	private String phone;

	@Email(message = "{registration.email.invalid}")
	@Size(max = 254, message = "{registration.email.invalid}")
	private String email;

	public String getName() { return name; }
	public void setName(String v) { this.name = v; }
	public String getWork() { return work; }
	public void setWork(String v) { this.work = v; }
	public String getPhone() { return phone; }
	public void setPhone(String v) { this.phone = v; }
	public String getEmail() { return email; }
	public void setEmail(String v) { this.email = v; }
}
