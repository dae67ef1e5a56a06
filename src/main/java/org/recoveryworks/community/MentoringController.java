package org.recoveryworks.community;

import org.recoveryworks.coaching.SessionMode;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Peer mentors of the program, and pairing participants with them. */
@Controller
class MentoringController {

	private final Mentoring mentoring;

	MentoringController(Mentoring mentoring) {
		this.mentoring = mentoring;
	}

	@GetMapping("/coach/mentors")
	String mentors(@AuthenticationPrincipal AccountUser staff, Model model) {
		model.addAttribute("mentors", mentoring.mentors(staff));
		model.addAttribute("form", new MentorForm());
		return "community/mentors";
	}

	@PostMapping("/coach/mentors")
	String addMentor(@AuthenticationPrincipal AccountUser staff, @Valid @ModelAttribute("form") MentorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("mentors", mentoring.mentors(staff));
			return "community/mentors";
		}
		mentoring.addMentor(staff, form);
		redirect.addFlashAttribute("flashKey", "mentoring.mentorAdded");
		return "redirect:/coach/mentors";
	}

	@PostMapping("/coach/participants/{id}/mentoring")
	String pair(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, @RequestParam(required = false) Long mentorId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
			RedirectAttributes redirect) {
		return act(redirect, "mentoring.paired", id, () -> mentoring.pair(staff, id, mentorId, startedOn));
	}

	@PostMapping("/coach/mentoring/{pairingId}/meetings")
	String meet(@AuthenticationPrincipal AccountUser staff, @PathVariable Long pairingId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate metOn,
			@RequestParam(required = false) Integer minutes, @RequestParam(required = false) SessionMode mode,
			RedirectAttributes redirect) {
		Long participantId = mentoring.participantOf(staff, pairingId);
		return act(redirect, "mentoring.met", participantId, () -> mentoring.meet(staff, pairingId, metOn, minutes, mode));
	}

	@PostMapping("/coach/mentoring/{pairingId}/end")
	String end(@AuthenticationPrincipal AccountUser staff, @PathVariable Long pairingId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Long participantId = mentoring.participantOf(staff, pairingId);
		return act(redirect, "mentoring.endedNow", participantId, () -> mentoring.end(staff, pairingId, reason));
	}

	private static String act(RedirectAttributes redirect, String doneKey, Long participantId, Runnable action) {
		Refusals.flash(redirect, doneKey, action);
		return "redirect:/coach/participants/" + participantId + "#mentoring";
	}
}
