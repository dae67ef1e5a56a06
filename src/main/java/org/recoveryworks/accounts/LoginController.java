package org.recoveryworks.accounts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

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
			case ADMIN -> "redirect:/admin/organizations";
			case EMPLOYER -> "redirect:/employer/postings";
			case SEEKER -> "redirect:/my/applications";
			case COACH, SUPERVISOR -> "redirect:/coach";
			case PRIVACY_OFFICER -> "redirect:/privacy/audit";
		};
	}
}
