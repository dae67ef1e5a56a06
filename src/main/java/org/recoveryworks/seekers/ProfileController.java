package org.recoveryworks.seekers;

import java.time.DayOfWeek;

import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A job seeker's own profile: the page, its own fields, and its lines of work history and schooling. */
@Controller
class ProfileController {

	private final SeekerProfiles profiles;

	ProfileController(SeekerProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/my/profile")
	String profile(@AuthenticationPrincipal AccountUser seeker, Model model) {
		model.addAttribute("profile", profiles.view(seeker.id()));
		return "seekers/profile";
	}

	@GetMapping("/my/profile/edit")
	String edit(@AuthenticationPrincipal AccountUser seeker, Model model) {
		model.addAttribute("form", profiles.form(seeker.id()));
		return choices(seeker, model);
	}

	@PostMapping("/my/profile")
	String change(@AuthenticationPrincipal AccountUser seeker, @Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return choices(seeker, model);
		}
		profiles.change(seeker.id(), form);
		redirect.addFlashAttribute("flashKey", "profile.saved");
		return "redirect:/my/profile";
	}

	private String choices(AccountUser seeker, Model model) {
		model.addAttribute("held", profiles.view(seeker.id()).credentials());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("times", TimeOfDay.values());
		model.addAttribute("transports", Transport.values());
		return "seekers/profile-form";
	}

	@GetMapping("/my/profile/experience/new")
	String newWork(Model model) {
		model.addAttribute("form", new WorkForm());
		return "seekers/work-form";
	}

	@PostMapping("/my/profile/experience")
	String addWork(@AuthenticationPrincipal AccountUser seeker, @Valid @ModelAttribute("form") WorkForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "seekers/work-form";
		}
		profiles.addWork(seeker.id(), form);
		redirect.addFlashAttribute("flashKey", "profile.work.added");
		return "redirect:/my/profile#work";
	}

	@GetMapping("/my/profile/experience/{id}")
	String editWork(@AuthenticationPrincipal AccountUser seeker, @PathVariable Long id, Model model) {
		model.addAttribute("form", profiles.work(seeker.id(), id));
		model.addAttribute("lineId", id);
		return "seekers/work-form";
	}

	@PostMapping("/my/profile/experience/{id}")
	String changeWork(@AuthenticationPrincipal AccountUser seeker, @PathVariable Long id, @Valid @ModelAttribute("form") WorkForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			profiles.work(seeker.id(), id);
			model.addAttribute("lineId", id);
			return "seekers/work-form";
		}
		profiles.changeWork(seeker.id(), id, form);
		redirect.addFlashAttribute("flashKey", "profile.saved");
		return "redirect:/my/profile#work";
	}

	@PostMapping("/my/profile/experience/{id}/remove")
	String removeWork(@AuthenticationPrincipal AccountUser seeker, @PathVariable Long id, RedirectAttributes redirect) {
		profiles.removeWork(seeker.id(), id);
		redirect.addFlashAttribute("flashKey", "profile.removed");
		return "redirect:/my/profile#work";
	}

	@GetMapping("/my/profile/schooling/new")
	String newSchooling(Model model) {
		model.addAttribute("form", new SchoolingForm());
		return "seekers/schooling-form";
	}

	@PostMapping("/my/profile/schooling")
	String addSchooling(@AuthenticationPrincipal AccountUser seeker, @Valid @ModelAttribute("form") SchoolingForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "seekers/schooling-form";
		}
		profiles.addSchooling(seeker.id(), form);
		redirect.addFlashAttribute("flashKey", "profile.schooling.added");
		return "redirect:/my/profile#schooling";
	}

	@GetMapping("/my/profile/schooling/{id}")
	String editSchooling(@AuthenticationPrincipal AccountUser seeker, @PathVariable Long id, Model model) {
		model.addAttribute("form", profiles.schooling(seeker.id(), id));
		model.addAttribute("lineId", id);
		return "seekers/schooling-form";
	}

	@PostMapping("/my/profile/schooling/{id}")
	String changeSchooling(@AuthenticationPrincipal AccountUser seeker, @PathVariable Long id,
			@Valid @ModelAttribute("form") SchoolingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			profiles.schooling(seeker.id(), id);
			model.addAttribute("lineId", id);
			return "seekers/schooling-form";
		}
		profiles.changeSchooling(seeker.id(), id, form);
		redirect.addFlashAttribute("flashKey", "profile.saved");
		return "redirect:/my/profile#schooling";
	}

	@PostMapping("/my/profile/schooling/{id}/remove")
	String removeSchooling(@AuthenticationPrincipal AccountUser seeker, @PathVariable Long id, RedirectAttributes redirect) {
		profiles.removeSchooling(seeker.id(), id);
		redirect.addFlashAttribute("flashKey", "profile.removed");
		return "redirect:/my/profile#schooling";
	}
}
