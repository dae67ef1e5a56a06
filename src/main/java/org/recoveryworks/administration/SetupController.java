package org.recoveryworks.administration;

import java.util.List;

import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.Deployment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The first administrator's set-up of a new deployment, and later changes to it. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SetupController {

	/** The US time zones a deployment can be in. */
	static final List<String> TIME_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
			"America/Los_Angeles", "America/Anchorage", "America/Adak", "Pacific/Honolulu", "America/Puerto_Rico", "America/St_Thomas",
			"Pacific/Guam", "Pacific/Pago_Pago", "America/Detroit", "America/Indiana/Indianapolis", "America/Kentucky/Louisville",
			"America/Boise");

	private final Deployment deployment;
	private final Organizations organizations;

	SetupController(Deployment deployment, Organizations organizations) {
		this.deployment = deployment;
		this.organizations = organizations;
	}

	@ModelAttribute("timeZones")
	List<String> timeZones() {
		return TIME_ZONES;
	}

	@GetMapping("/admin/setup")
	String form(Model model) {
		model.addAttribute("form", SetupForm.of(deployment.settings()));
		return page(model);
	}

	@PostMapping("/admin/setup")
	String save(@AuthenticationPrincipal AccountUser admin, @Valid @ModelAttribute("form") SetupForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.validate(result);
		if (result.hasErrors()) {
			return page(model);
		}
		boolean first = !deployment.isSetUp();
		deployment.save(form.toSettings(), admin.id());
		redirect.addFlashAttribute("flashKey", "setup.saved");
		return first && !organizations.hasPrograms() ? "redirect:/admin/programs/new" : "redirect:/admin/setup";
	}

	private String page(Model model) {
		model.addAttribute("firstRun", !deployment.isSetUp());
		return "administration/setup";
	}
}
