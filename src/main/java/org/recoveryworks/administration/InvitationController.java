package org.recoveryworks.administration;

import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.recoveryworks.accounts.StaffInvitations;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where an invitation link leads: the invited person chooses their name and password. */
@Controller
class InvitationController {

	static class AcceptForm {

		private String token;

		@NotBlank(message = "{registration.name.required}")
		@Size(max = 120, message = "{registration.name.size}")
		private String displayName;

		@NotBlank(message = "{registration.password.required}")
		@Size(min = 12, max = 72, message = "{registration.password.size}")
		private String password;

		@AssertTrue(message = "{registration.password.size}")
		public boolean isPasswordShortEnough() {
			return password == null || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 72;
		}

		public String getToken() { return token; }
		public void setToken(String token) { this.token = token; }
		public String getDisplayName() { return displayName; }
		public void setDisplayName(String displayName) { this.displayName = displayName; }
		public String getPassword() { return password; }
		public void setPassword(String password) { this.password = password; }
	}

	private final StaffInvitations invitations;

	InvitationController(StaffInvitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/invitations/accept")
	String form(@RequestParam(required = false) String token, Model model) {
		AcceptForm form = new AcceptForm();
		form.setToken(token);
		model.addAttribute("form", form);
		return page(token, model);
	}

	@PostMapping("/invitations/accept")
	String accept(@Valid @ModelAttribute("form") AcceptForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<Boolean> accepted = Refusals.attempt(result,
				() -> invitations.accept(form.getToken(), form.getDisplayName(), form.getPassword()).isPresent());
		if (accepted.isEmpty()) {
			return page(form.getToken(), model);
		}
		if (!accepted.get()) {
			return page(null, model);
		}
		redirect.addFlashAttribute("flashKey", "invitation.accepted");
		return "redirect:/login";
	}

	private String page(String token, Model model) {
		var opened = invitations.open(token);
		model.addAttribute("invitation", opened.orElse(null));
		return "administration/accept";
	}
}
