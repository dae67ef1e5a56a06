package org.recoveryworks.community;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
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

/** Support groups: the program's groups, their meetings and attendance. */
@Controller
class GroupsController {

	private final SupportGroups groups;
	private final Clock clock;

	GroupsController(SupportGroups groups, Clock clock) {
		this.groups = groups;
		this.clock = clock;
	}

	@GetMapping("/coach/groups")
	String list(@AuthenticationPrincipal AccountUser staff, Model model) {
		model.addAttribute("groups", groups.list(staff));
		model.addAttribute("form", new GroupForm());
		return "community/groups";
	}

	@PostMapping("/coach/groups")
	String create(@AuthenticationPrincipal AccountUser staff, @Valid @ModelAttribute("form") GroupForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("groups", groups.list(staff));
			return "community/groups";
		}
		Long id = groups.create(staff, form.getName(), form.getPurpose(), form.getSchedule(), form.getPlace());
		redirect.addFlashAttribute("flashKey", "group.created");
		return "redirect:/coach/groups/" + id;
	}

	@GetMapping("/coach/groups/{id}")
	String group(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		MeetingForm form = new MeetingForm();
		form.setHeldOn(LocalDate.now(clock));
		return show(staff, id, form, model);
	}

	@PostMapping("/coach/groups/{id}/meetings")
	String recordMeeting(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id,
			@ModelAttribute("form") MeetingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (Refusals.run(result, () -> groups.recordMeeting(staff, id, form.getHeldOn(), form.getTheme(), form.getPresent()))) {
			redirect.addFlashAttribute("flashKey", "group.meetingRecorded");
			return "redirect:/coach/groups/" + id;
		}
		return show(staff, id, form, model);
	}

	private String show(AccountUser staff, Long id, MeetingForm form, Model model) {
		model.addAttribute("group", groups.read(staff, id));
		model.addAttribute("members", groups.members(staff, id));
		model.addAttribute("form", form);
		return "community/group";
	}
}
