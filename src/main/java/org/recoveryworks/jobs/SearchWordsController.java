package org.recoveryworks.jobs;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.web.EditConflict;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.context.MessageSource;
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

/** The words job search treats as meaning the same work: administrators add, change and remove groups of them. */
@Controller
class SearchWordsController {

	private final SynonymGroups groups;
	private final MessageSource messages;

	SearchWordsController(SynonymGroups groups, MessageSource messages) {
		this.groups = groups;
		this.messages = messages;
	}

	@GetMapping("/admin/search-words")
	String list(@AuthenticationPrincipal AccountUser admin, Model model) {
		return page(admin, new SynonymGroupForm(), model);
	}

	@PostMapping("/admin/search-words")
	String add(@AuthenticationPrincipal AccountUser admin, @Valid @ModelAttribute("form") SynonymGroupForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (Refusals.run(result, () -> groups.add(admin, form))) {
			redirect.addFlashAttribute("flashKey", "searchWords.added");
			return "redirect:/admin/search-words";
		}
		return page(admin, form, model);
	}

	@GetMapping("/admin/search-words/{id}/edit")
	String editForm(@AuthenticationPrincipal AccountUser admin, @PathVariable Long id, Model model) {
		model.addAttribute("form", groups.formOf(admin, id));
		model.addAttribute("groupId", id);
		return "jobs/search-words-form";
	}

	@PostMapping("/admin/search-words/{id}")
	String update(@AuthenticationPrincipal AccountUser admin, @PathVariable Long id, @Valid @ModelAttribute("form") SynonymGroupForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Refusals.run(result, () -> groups.update(admin, id, form),
				() -> EditConflict.show(model, form, groups.formOf(admin, id), messages, "searchWords."))) {
			redirect.addFlashAttribute("flashKey", "searchWords.saved");
			return "redirect:/admin/search-words";
		}
		model.addAttribute("groupId", id);
		return "jobs/search-words-form";
	}

	@PostMapping("/admin/search-words/{id}/delete")
	String remove(@AuthenticationPrincipal AccountUser admin, @PathVariable Long id, RedirectAttributes redirect) {
		groups.remove(admin, id);
		redirect.addFlashAttribute("flashKey", "searchWords.removed");
		return "redirect:/admin/search-words";
	}

	private String page(AccountUser admin, SynonymGroupForm form, Model model) {
		model.addAttribute("groups", groups.all(admin));
		model.addAttribute("form", form);
		return "jobs/search-words";
	}
}
