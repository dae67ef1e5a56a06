package org.recoveryworks.administration;

import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.organizations.OrganizationSummary;
import org.recoveryworks.organizations.Organizations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create and edit peer employment programs; each program's page is its staff. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminProgramsController {

	private final Organizations organizations;
	private final TeamPages teams;
	private final ServedPlaces places;

	AdminProgramsController(Organizations organizations, TeamPages teams, ServedPlaces places) {
		this.organizations = organizations;
		this.teams = teams;
		this.places = places;
	}

	@GetMapping("/admin/programs")
	String list(Model model) {
		model.addAttribute("programs", organizations.programs());
		return "administration/programs";
	}

	@GetMapping("/admin/programs/new")
	String newForm(Model model) {
		model.addAttribute("form", new OrganizationForm());
		model.addAttribute("programId", null);
		return "administration/program-form";
	}

	@PostMapping("/admin/programs")
	String create(@AuthenticationPrincipal AccountUser admin, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		places.check(form.getZip(), result);
		if (result.hasErrors()) {
			model.addAttribute("programId", null);
			return "administration/program-form";
		}
		// The same form sent twice: the program the first one created.
		Long id = organizations.programs().stream().filter(p -> p.name().equalsIgnoreCase(form.getName().strip())).findFirst()
			.map(OrganizationSummary::id)
			.orElseGet(() -> organizations.createProgram(form.toNewProgram(), admin.id()));
		redirect.addFlashAttribute("flashKey", "programs.created");
		return "redirect:/admin/programs/" + id;
	}

	@GetMapping("/admin/programs/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", OrganizationForm.of(organizations.program(id)));
		model.addAttribute("programId", id);
		return "administration/program-form";
	}

	@PostMapping("/admin/programs/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		organizations.program(id);
		places.check(form.getZip(), result);
		if (result.hasErrors()) {
			model.addAttribute("programId", id);
			return "administration/program-form";
		}
		organizations.updateProfile(id, form.getVersion(), form.toProfile());
		redirect.addFlashAttribute("flashKey", "programs.saved");
		return "redirect:/admin/programs/" + id;
	}

	@GetMapping("/admin/programs/{id}")
	String program(@AuthenticationPrincipal AccountUser admin, @PathVariable Long id, Model model) {
		OrganizationSummary program = organizations.program(id);
		model.addAttribute("organization", program);
		model.addAttribute("programs", organizations.programs());
		return teams.render(admin, TeamPages.Scope.program(id), model);
	}
}
