package org.recoveryworks.coaching;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sequestering a record, a supervisor's emergency access, and the privacy officer's pages for both. */
@Controller
class SequesteringController {

	private final Sequestering sequestering;
	private final Participants participants;

	SequesteringController(Sequestering sequestering, Participants participants) {
		this.sequestering = sequestering;
		this.participants = participants;
	}

	@PostMapping("/coach/participants/{id}/sequester")
	String sequester(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id,
			@RequestParam(name = "confirm", required = false) String confirm, RedirectAttributes redirect) {
		if (!"true".equals(confirm)) {
			participants.read(staff, id);
			redirect.addFlashAttribute("errorKey", "sequester.confirm");
			return "redirect:/coach/participants/" + id;
		}
		Refusals.flash(redirect, "sequester.done", () -> sequestering.sequester(staff, id));
		return "redirect:/coach/participants/" + id;
	}

	@GetMapping("/coach/participants/{id}/emergency-access")
	String emergencyForm(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		model.addAttribute("participant", participants.read(staff, id));
		return "coaching/emergency-access";
	}

	@PostMapping("/coach/participants/{id}/emergency-access")
	String breakGlass(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id,
			@RequestParam(name = "reason", required = false) String reason, Model model, RedirectAttributes redirect) {
		return Refusals.refusal(() -> sequestering.breakGlass(staff, id, reason)).map(refusal -> {
			model.addAttribute("participant", participants.read(staff, id));
			model.addAttribute("reason", reason);
			model.addAttribute("reasonErrorKey", refusal.messageKey());
			return "coaching/emergency-access";
		}).orElseGet(() -> {
			redirect.addFlashAttribute("flashKey", "emergency.granted");
			return "redirect:/coach/participants/" + id;
		});
	}

	@GetMapping("/privacy/sequestered")
	String list(@AuthenticationPrincipal AccountUser officer, Model model) {
		model.addAttribute("records", sequestering.list(officer));
		model.addAttribute("reviews", sequestering.toReview(officer));
		return "coaching/sequestered";
	}

	@GetMapping("/privacy/sequestered/{id}")
	String record(@AuthenticationPrincipal AccountUser officer, @PathVariable Long id, Model model) {
		model.addAttribute("participant", sequestering.realRecord(officer, id));
		return "coaching/sequestered-record";
	}

	@PostMapping("/privacy/sequestered/{id}/lift")
	String lift(@AuthenticationPrincipal AccountUser officer, @PathVariable Long id, RedirectAttributes redirect) {
		sequestering.lift(officer, id);
		redirect.addFlashAttribute("flashKey", "sequester.lifted");
		return "redirect:/privacy/sequestered";
	}

	@PostMapping("/privacy/emergency-access/{id}/reviewed")
	String reviewed(@AuthenticationPrincipal AccountUser officer, @PathVariable Long id,
			@RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
		Refusals.flash(redirect, "emergency.reviewed", () -> sequestering.review(officer, id, note));
		return "redirect:/privacy/sequestered";
	}
}
