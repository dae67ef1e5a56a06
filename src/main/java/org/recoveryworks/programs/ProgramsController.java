package org.recoveryworks.programs;

import java.util.List;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.web.EditConflict;
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

/** The public program finder (a plain form and a list: no JavaScript needed) and its keepers' pages. */
@Controller
class ProgramsController {

	private final ProgramFinder finder;
	private final ProgramDirectory directory;
	private final ProgramsSettings settings;

	private final org.springframework.context.MessageSource messages;

	ProgramsController(ProgramFinder finder, ProgramDirectory directory, ProgramsSettings settings,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.finder = finder;
		this.directory = directory;
		this.settings = settings;
	}

	@GetMapping("/programs")
	String find(@Valid @ModelAttribute("query") ProgramQuery query, BindingResult result, Model model) {
		choices(model);
		model.addAttribute("radii", ProgramQuery.RADII);
		model.addAttribute("mapTiles", settings.mapOn() ? settings.mapTiles() : null);
		model.addAttribute("mapAttribution", settings.mapAttribution());
		Refusals.attempt(result, () -> finder.find(query)).ifPresent(found -> model.addAttribute("found", found));
		return "programs/finder";
	}

	@GetMapping("/programs/{id}")
	String program(@PathVariable Long id, Model model) {
		model.addAttribute("program", finder.find(id).orElseThrow(() -> new ProgramDirectory.ProgramNotFound(id)));
		return "programs/program";
	}

	@GetMapping("/programs/manage")
	String manage(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("programs", directory.kept(user));
		model.addAttribute("mayAdd", directory.mayAdd(user));
		return "programs/manage";
	}

	@GetMapping("/programs/manage/new")
	String newForm(@AuthenticationPrincipal AccountUser user, Model model) {
		if (!directory.mayAdd(user)) {
			throw new org.springframework.security.access.AccessDeniedException("Not a keeper");
		}
		model.addAttribute("form", new ProgramForm());
		return formPage(model, null);
	}

	@PostMapping("/programs/manage")
	String add(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") ProgramForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return Refusals.attempt(result, () -> directory.add(user, form)).map(id -> {
			redirect.addFlashAttribute("flashKey", "program.added");
			return "redirect:/programs/" + id;
		}).orElseGet(() -> formPage(model, null));
	}

	@GetMapping("/programs/manage/{id}/edit")
	String editForm(@AuthenticationPrincipal AccountUser user, @PathVariable Long id, Model model) {
		model.addAttribute("form", directory.formOf(user, id));
		return formPage(model, id);
	}

	@PostMapping("/programs/manage/{id}")
	String update(@AuthenticationPrincipal AccountUser user, @PathVariable Long id, @Valid @ModelAttribute("form") ProgramForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		directory.formOf(user, id);
		if (Refusals.run(result, () -> directory.update(user, id, form),
				() -> EditConflict.show(model, form, directory.formOf(user, id), messages, "program."))) {
			redirect.addFlashAttribute("flashKey", "program.saved");
			return "redirect:/programs/" + id;
		}
		return formPage(model, id);
	}

	@PostMapping("/programs/manage/{id}/confirm")
	String confirm(@AuthenticationPrincipal AccountUser user, @PathVariable Long id, RedirectAttributes redirect) {
		directory.confirm(user, id);
		redirect.addFlashAttribute("flashKey", "program.confirmed");
		return "redirect:/programs/manage";
	}

	private String formPage(Model model, Long id) {
		model.addAttribute("programId", id);
		choices(model);
		return "programs/form";
	}

	private void choices(Model model) {
		model.addAttribute("kinds", List.of(ProgramKind.values()));
		model.addAttribute("services", List.of(ProgramService.values()));
		model.addAttribute("languages", finder.languages());
	}
}
