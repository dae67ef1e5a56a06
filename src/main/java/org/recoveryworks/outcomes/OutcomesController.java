package org.recoveryworks.outcomes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.coaching.CaseFiles.ParticipantRef;
import org.recoveryworks.outcomes.OutcomeViews.FollowUpView;
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

/** A participant's jobs, benefits changes and follow-ups, for their coach and supervisor. */
@Controller
class OutcomesController {

	private final CaseFiles caseFiles;
	private final Placements placements;
	private final FollowUps followUps;
	private final BenefitsHistory benefits;

	private final org.springframework.context.MessageSource messages;


	OutcomesController(CaseFiles caseFiles, Placements placements, FollowUps followUps, BenefitsHistory benefits,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.caseFiles = caseFiles;
		this.placements = placements;
		this.followUps = followUps;
		this.benefits = benefits;
	}

	@GetMapping("/coach/participants/{id}/outcomes")
	String outcomes(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		model.addAttribute("benefitsForm", new BenefitsChangeForm());
		return page(staff, id, model);
	}

	@PostMapping("/coach/participants/{id}/benefits")
	String recordBenefitsChange(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id,
			@Valid @ModelAttribute("benefitsForm") BenefitsChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(staff, id, model);
		}
		benefits.record(staff, id, form);
		redirect.addFlashAttribute("flashKey", "benefits.recorded");
		return "redirect:/coach/participants/" + id + "/outcomes#benefits";
	}

	@GetMapping("/coach/participants/{id}/placements/new")
	String newPlacement(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		model.addAttribute("participant", caseFiles.read(staff, id, Placements.RECORD));
		model.addAttribute("form", placements.newForm());
		return formPage(model, null);
	}

	@PostMapping("/coach/participants/{id}/placements")
	String recordPlacement(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id,
			@Valid @ModelAttribute("form") PlacementForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		ParticipantRef who = caseFiles.read(staff, id, Placements.RECORD);
		if (result.hasErrors()) {
			model.addAttribute("participant", who);
			return formPage(model, null);
		}
		redirect.addFlashAttribute("flashKey", "placement.recorded");
		placements.record(staff, id, form);
		return "redirect:/coach/participants/" + id + "/outcomes";
	}

	@GetMapping("/coach/placements/{placementId}/edit")
	String editPlacement(@AuthenticationPrincipal AccountUser staff, @PathVariable Long placementId, Model model) {
		Map.Entry<ParticipantRef, PlacementForm> read = placements.read(staff, placementId);
		model.addAttribute("participant", read.getKey());
		model.addAttribute("form", read.getValue());
		return formPage(model, placements.view(staff, placementId));
	}

	@PostMapping("/coach/placements/{placementId}")
	String updatePlacement(@AuthenticationPrincipal AccountUser staff, @PathVariable Long placementId,
			@Valid @ModelAttribute("form") PlacementForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		OutcomeViews.PlacementView placement = placements.view(staff, placementId);
		Optional<Long> saved = Refusals.attempt(result, () -> placements.update(staff, placementId, form),
				() -> EditConflict.show(model, form, placements.read(staff, placementId).getValue(), messages, "placement."));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("flashKey", placement.suggested() ? "placement.confirmed" : "placement.updated");
			return "redirect:/coach/participants/" + saved.get() + "/outcomes";
		}
		model.addAttribute("participant", caseFiles.read(staff, placement.participantId(), Placements.RECORD));
		return formPage(model, placement);
	}

	@PostMapping("/coach/placements/{placementId}/dismiss")
	String dismissPlacement(@AuthenticationPrincipal AccountUser staff, @PathVariable Long placementId,
			RedirectAttributes redirect) {
		OutcomeViews.PlacementView placement = placements.view(staff, placementId);
		Refusals.flash(redirect, "placement.dismissed", () -> placements.dismiss(staff, placementId));
		return "redirect:/coach/participants/" + placement.participantId() + "/outcomes";
	}

	@GetMapping("/coach/follow-ups/{followUpId}")
	String followUp(@AuthenticationPrincipal AccountUser staff, @PathVariable Long followUpId, Model model) {
		Map.Entry<ParticipantRef, FollowUpView> read = followUps.read(staff, followUpId);
		model.addAttribute("participant", read.getKey());
		model.addAttribute("followUp", read.getValue());
		model.addAttribute("form", followUps.formOf(staff, followUpId));
		return "outcomes/follow-up";
	}

	@PostMapping("/coach/follow-ups/{followUpId}")
	String recordFollowUp(@AuthenticationPrincipal AccountUser staff, @PathVariable Long followUpId,
			@Valid @ModelAttribute("form") FollowUpForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long participantId = followUps.record(staff, followUpId, form);
				redirect.addFlashAttribute("flashKey", "followUp.recorded");
				return "redirect:/coach/participants/" + participantId + "/outcomes#follow-ups";
			}
			catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
				org.recoveryworks.shared.web.EditConflict.show(model, form, followUps.formOf(staff, followUpId), messages, "followUp.");
			}
		}
		Map.Entry<ParticipantRef, FollowUpView> read = followUps.read(staff, followUpId);
		model.addAttribute("participant", read.getKey());
		model.addAttribute("followUp", read.getValue());
		return "outcomes/follow-up";
	}

	private String page(AccountUser staff, Long id, Model model) {
		model.addAttribute("participant", caseFiles.read(staff, id, "outcomes"));
		model.addAttribute("placements", placements.list(staff, id));
		model.addAttribute("followUps", followUps.list(staff, id));
		model.addAttribute("benefits", benefits.of(staff, id));
		model.addAttribute("benefitPrograms", BenefitProgram.values());
		model.addAttribute("benefitChanges", BenefitChangeKind.values());
		model.addAttribute("benefitReasons", BenefitChangeReason.values());
		return "outcomes/participant";
	}

	private static String formPage(Model model, OutcomeViews.PlacementView placement) {
		model.addAttribute("placement", placement);
		model.addAttribute("endReasons", List.of(EndReason.values()));
		return "outcomes/placement-form";
	}
}
