package org.recoveryworks.consultation;

import java.time.Clock;
import java.time.LocalDate;

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

@Controller
class ConsultationsController {

	private final Consultations consultations;
	private final Clock clock;


	ConsultationsController(Consultations consultations, Clock clock) {
		this.consultations = consultations;
		this.clock = clock;
	}

	@ModelAttribute("consultationTopics")
	ConsultationTopic[] topics() {
		return ConsultationTopic.values();
	}

	@GetMapping("/coach/consultations")
	String list(@AuthenticationPrincipal AccountUser staff, Model model) {
		ConsultationForm form = new ConsultationForm();
		form.setHeldOn(LocalDate.now(clock));
		model.addAttribute("form", form);
		model.addAttribute("consultations", consultations.list(staff));
		return "consultation/consultations";
	}

	@PostMapping("/coach/consultations")
	String record(@AuthenticationPrincipal AccountUser staff, @Valid @ModelAttribute("form") ConsultationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("consultations", consultations.list(staff));
			return "consultation/consultations";
		}
		consultations.record(staff, form);
		redirect.addFlashAttribute("flashKey", "consultation.recorded");
		return "redirect:/coach/consultations";
	}

	@PostMapping("/coach/consultations/{id}/followed-up")
	String followedUp(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, RedirectAttributes redirect) {
		consultations.followedUp(staff, id);
		redirect.addFlashAttribute("flashKey", "consultation.followedUp");
		return "redirect:/coach/consultations";
	}
}
