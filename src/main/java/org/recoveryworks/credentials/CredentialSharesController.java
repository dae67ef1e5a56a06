package org.recoveryworks.credentials;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The credential summary on an employer's application page: loaded into the page with htmx, or
 * as a page of its own without JavaScript.
 */
@Controller
class CredentialSharesController {

	private final CredentialShares shares;

	CredentialSharesController(CredentialShares shares) {
		this.shares = shares;
	}

	@GetMapping("/credentials/applications/{applicationId}")
	String summary(@AuthenticationPrincipal AccountUser employer, @PathVariable Long applicationId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("share", shares.forEmployer(employer, applicationId));
		return htmx != null ? "credentials/application-summary :: panel" : "credentials/application-summary";
	}

	@PostMapping("/credentials/applications/{applicationId}/request")
	String request(@AuthenticationPrincipal AccountUser employer, @PathVariable Long applicationId, RedirectAttributes redirect) {
		try {
			Refusals.flash(redirect, "credentialShare.requested", () -> shares.request(employer, applicationId));
		}
		catch (DataIntegrityViolationException e) {
			// Asked twice at the same moment: the first request stands.
			redirect.addFlashAttribute("flashKey", "credentialShare.requested");
		}
		return "redirect:/employer/applications/" + applicationId;
	}
}
