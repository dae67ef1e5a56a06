package org.recoveryworks.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordResetController {

	static class ForgotForm {

		@NotBlank(message = "{registration.email.required}")
		@Email(message = "{registration.email.invalid}")
		private String email;

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}
	}

	static class ResetForm {

		private String token;

		@NotBlank(message = "{registration.password.required}")
		@Size(min = 12, max = 72, message = "{registration.password.size}")
		private String password;

		@jakarta.validation.constraints.AssertTrue(message = "{registration.password.size}")
		public boolean isPasswordShortEnough() {
			return SecurityConfiguration.fitsPasswordHash(password);
		}

		public String getToken() {
			return token;
		}

		public void setToken(String token) {
			this.token = token;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}
	}

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		model.addAttribute("form", new ForgotForm());
		return "accounts/forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@Valid @ModelAttribute("form") ForgotForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "accounts/forgot";
		}
		resets.requestReset(form.getEmail());
		redirect.addFlashAttribute("flashKey", "reset.requested");
		return "redirect:/login";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(required = false) String token, Model model) {
		ResetForm form = new ResetForm();
		form.setToken(token);
		model.addAttribute("form", form);
		model.addAttribute("usable", resets.isUsable(token));
		return "accounts/reset";
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("form") ResetForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("usable", resets.isUsable(form.getToken()));
			return "accounts/reset";
		}
		if (!resets.reset(form.getToken(), form.getPassword())) {
			model.addAttribute("usable", false);
			return "accounts/reset";
		}
		redirect.addFlashAttribute("flashKey", "reset.done");
		return "redirect:/login";
	}
}
