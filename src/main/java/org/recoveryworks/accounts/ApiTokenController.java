package org.recoveryworks.accounts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@PreAuthorize("hasAnyRole('EMPLOYER', 'COACH', 'SUPERVISOR')")
class ApiTokenController {

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping({ "/employer/tokens", "/coach/tokens" })
	String list(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("tokens", tokens.list(user));
		model.addAttribute("tokensPath", home(user));
		return "accounts/tokens";
	}

	@PostMapping({ "/employer/tokens", "/coach/tokens" })
	String create(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "") String name, Model model,
			RedirectAttributes redirect) {
		if (name.isBlank() || name.length() > 100) {
			model.addAttribute("nameError", true);
			model.addAttribute("name", name);
			model.addAttribute("tokens", tokens.list(user));
			model.addAttribute("tokensPath", home(user));
			return "accounts/tokens";
		}
		redirect.addFlashAttribute("newToken", tokens.create(user, name));
		redirect.addFlashAttribute("flashKey", "tokens.created");
		return "redirect:" + home(user);
	}

	@PostMapping({ "/employer/tokens/{id}/revoke", "/coach/tokens/{id}/revoke" })
	String revoke(@AuthenticationPrincipal AccountUser user, @PathVariable Long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashKey", tokens.revoke(user, id) ? "tokens.revoked" : "tokens.notFound");
		return "redirect:" + home(user);
	}

	/** Employers manage tokens under /employer, program staff under /coach. */
	static String home(AccountUser user) {
		return user.is(Role.EMPLOYER) ? "/employer/tokens" : "/coach/tokens";
	}
}
