package org.recoveryworks.administration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.recoveryworks.accounts.Role;

/** Who to invite, and as what. */
class InviteForm {

	@NotBlank(message = "{registration.email.required}")
	@Email(message = "{registration.email.invalid}")
	@Size(max = 254, message = "{registration.email.invalid}")
	private String email;

	@NotNull(message = "{invitation.role.required}")
	private Role role;

	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public Role getRole() { return role; }
	public void setRole(Role role) { this.role = role; }
}
