package org.recoveryworks.credentials;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/** Credential types: administrators and programs' supervisors add their state's certifications. */
@Controller
class CredentialTypesController {

	private final CredentialTypes types;

	private final org.springframework.context.MessageSource messages;

	CredentialTypesController(CredentialTypes types, org.springframework.context.MessageSource messages) {
		this.types = types;
		this.messages = messages;
	}

	@GetMapping("/credentials/types")
	String list(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("types", types.all().stream().map(t -> new Listed(t, types.mayChange(user, t))).toList());
		return "credentials/types";
	}

	/** A type and whether this user may change it. */
	record Listed(CredentialType type, boolean changeable) {
	}

	@GetMapping("/credentials/types/new")
	String newForm(Model model) {
		model.addAttribute("form", new CredentialTypeForm());
		model.addAttribute("typeId", null);
		return "credentials/type-form";
	}

	@PostMapping("/credentials/types")
	String add(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") CredentialTypeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (Refusals.run(result, () -> types.add(user, form))) {
			redirect.addFlashAttribute("flashKey", "credentialType.added");
			return "redirect:/credentials/types";
		}
		model.addAttribute("typeId", null);
		return "credentials/type-form";
	}

	@GetMapping("/credentials/types/{id}/edit")
	String editForm(@AuthenticationPrincipal AccountUser user, @PathVariable Long id, Model model) {
		model.addAttribute("form", types.formOf(user, id));
		model.addAttribute("typeId", id);
		return "credentials/type-form";
	}

	@PostMapping("/credentials/types/{id}")
	String update(@AuthenticationPrincipal AccountUser user, @PathVariable Long id, @Valid @ModelAttribute("form") CredentialTypeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CredentialTypeForm current = types.formOf(user, id);
		if (result.hasFieldErrors("code")) {
			// The code is fixed once a type exists: the form sends it back only for display.
			form.setCode(current.getCode());
		}
		if (!result.hasErrors() || (result.getErrorCount() == result.getFieldErrorCount("code"))) {
			try {
				types.update(user, id, form);
				redirect.addFlashAttribute("flashKey", "credentialType.saved");
				return "redirect:/credentials/types";
			}
			catch (RuleViolation e) {
				e.rejectIn(result);
			}
			catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
				org.recoveryworks.shared.web.EditConflict.show(model, form, types.formOf(user, id), messages, "credentialType.");
			}
		}
		model.addAttribute("typeId", id);
		return "credentials/type-form";
	}
}
