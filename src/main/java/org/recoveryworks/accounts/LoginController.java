package org.recoveryworks.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final org.recoveryworks.shared.Deployment deployment;

	LoginController(org.recoveryworks.shared.Deployment deployment) {
		this.deployment = deployment;
	}

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

	/** Where sign-in lands: each role's own start page. */
	@GetMapping("/home")
	String home(@AuthenticationPrincipal AccountUser user) {
		if (user == null) {
			return "redirect:/";
		}
		return switch (user.role()) {
			// A new installation: the first administrator sets it up before anything else.
			case ADMIN -> deployment.isSetUp() ? "redirect:/admin/organizations" : "redirect:/admin/setup";
			case EMPLOYER -> "redirect:/employer/postings";
			case SEEKER -> "redirect:/my/applications";
			case COACH, SUPERVISOR -> "redirect:/coach";
			case PRIVACY_OFFICER -> "redirect:/privacy/audit";
		};
	}
}
