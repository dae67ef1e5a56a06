package org.recoveryworks.administration;

import java.util.Optional;

import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Teams;
import org.recoveryworks.organizations.OrganizationSummary;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Employers: the administrator's list and verification page (everything the employer registered, who
 * registered it and when; verify, or refuse with a reason), and the employer's own profile, which a
 * refused employer corrects to ask again.
 */
@Controller
class EmployersController {

	private final Organizations organizations;
	private final EmployerVerification verification;
	private final Teams teams;
	private final ServedPlaces places;
	private final MessageSource messages;

	EmployersController(Organizations organizations, EmployerVerification verification, Teams teams, ServedPlaces places,
			MessageSource messages) {
		this.organizations = organizations;
		this.verification = verification;
		this.teams = teams;
		this.places = places;
		this.messages = messages;
	}

	@GetMapping("/admin/organizations")
	@PreAuthorize("hasRole('ADMIN')")
	String list(Model model) {
		model.addAttribute("organizations", organizations.employers());
		return "administration/employers";
	}

	@GetMapping("/admin/organizations/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String employer(@AuthenticationPrincipal AccountUser admin, @PathVariable Long id, Model model) {
		model.addAttribute("organization", organizations.employer(id));
		model.addAttribute("members", teams.members(admin, id));
		return "administration/employer";
	}

	@PostMapping("/admin/organizations/{id}/verify")
	@PreAuthorize("hasRole('ADMIN')")
	String verify(@AuthenticationPrincipal AccountUser admin, @PathVariable Long id, Model model, RedirectAttributes redirect) {
		OrganizationSummary organization = organizations.employer(id);
		Optional<RuleViolation> refused = Refusals.refusal(() -> verification.verify(admin, id));
		if (refused.isPresent()) {
			model.addAttribute(Refusals.ERROR_KEY, refused.get().messageKey());
			return employer(admin, id, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("admin.organizations.verified", new Object[] { organization.name() },
				LocaleContextHolder.getLocale()));
		return "redirect:/admin/organizations";
	}

	@PostMapping("/admin/organizations/{id}/refuse")
	@PreAuthorize("hasRole('ADMIN')")
	String refuse(@AuthenticationPrincipal AccountUser admin, @PathVariable Long id, @RequestParam(required = false) String reason,
			Model model, RedirectAttributes redirect) {
		OrganizationSummary organization = organizations.employer(id);
		Optional<RuleViolation> refused = Refusals.refusal(() -> verification.refuse(admin, id, reason));
		if (refused.isPresent()) {
			model.addAttribute("reason", reason);
			model.addAttribute("reasonError", refused.get().messageKey());
			return employer(admin, id, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("verification.refused", new Object[] { organization.name() },
				LocaleContextHolder.getLocale()));
		return "redirect:/admin/organizations";
	}

	@GetMapping("/employer/profile")
	@PreAuthorize("hasRole('EMPLOYER')")
	String profile(@AuthenticationPrincipal AccountUser employer, Model model) {
		model.addAttribute("form", OrganizationForm.of(organizations.employer(employer.organizationId())));
		return profilePage(employer, model);
	}

	@PostMapping("/employer/profile")
	@PreAuthorize("hasRole('EMPLOYER')")
	String saveProfile(@AuthenticationPrincipal AccountUser employer, @Valid @ModelAttribute("form") OrganizationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganizationSummary current = organizations.employer(employer.organizationId());
		places.check(form.getZip(), result);
		if (current.verified()) {
			// It was verified under this name and website: changing them is the administrator's call.
			if (form.getName() != null && !form.getName().strip().equals(current.name())) {
				result.rejectValue("name", "profile.verified.name");
			}
			String website = form.getWebsite() == null || form.getWebsite().isBlank() ? null : form.getWebsite().strip();
			if (!java.util.Objects.equals(website, current.website())) {
				result.rejectValue("website", "profile.verified.website");
			}
		}
		if (result.hasErrors()) {
			return profilePage(employer, model);
		}
		boolean askedAgain = verification.saveProfile(employer, form.getVersion(), form.toProfile());
		redirect.addFlashAttribute("flashKey", askedAgain ? "profile.askedAgain" : "profile.saved");
		return "redirect:/employer/profile";
	}

	private String profilePage(AccountUser employer, Model model) {
		model.addAttribute("organization", organizations.employer(employer.organizationId()));
		return "administration/profile";
	}
}
