package org.recoveryworks.coaching;

import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.pdf.PdfPages;
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

/** A participant's own view: invitations to link their record, and their plan, which they edit and agree to. */
@Controller
class MyCoachingController {

	private final Plans plans;
	private final Invitations invitations;
	private final JobMatches jobMatches;
	private final Sessions sessions;
	private final PdfPages pdfPages;

	MyCoachingController(Plans plans, Invitations invitations, JobMatches jobMatches, Sessions sessions, PdfPages pdfPages) {
		this.pdfPages = pdfPages;
		this.plans = plans;
		this.invitations = invitations;
		this.jobMatches = jobMatches;
		this.sessions = sessions;
	}

	@GetMapping("/my/coaching/sessions/{id}.ics")
	org.springframework.http.ResponseEntity<String> calendar(@AuthenticationPrincipal AccountUser seeker, @PathVariable Long id) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment().filename("session-" + id + ".ics").build().toString())
			.body(sessions.calendarForParticipant(seeker, id));
	}

	@GetMapping("/my/coaching/jobs")
	String jobs(@AuthenticationPrincipal AccountUser seeker, Model model) {
		Long id = linked(seeker);
		model.addAttribute("result", jobMatches.matches(seeker, id));
		model.addAttribute("saved", jobMatches.saved(seeker, id));
		model.addAttribute("base", "/my/coaching/jobs");
		return "coaching/jobs";
	}

	@PostMapping("/my/coaching/jobs/{postingId}/{change}")
	String saveJob(@AuthenticationPrincipal AccountUser seeker, @PathVariable Long postingId, @PathVariable String change,
			RedirectAttributes redirect) {
		Long id = linked(seeker);
		if ("save".equals(change)) {
			jobMatches.save(seeker, id, postingId);
			redirect.addFlashAttribute("flashKey", "jobs.saved");
		}
		else {
			jobMatches.remove(seeker, id, postingId);
			redirect.addFlashAttribute("flashKey", "jobs.removed");
		}
		return "redirect:/my/coaching/jobs";
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("stepStatuses", StepStatus.values());
		model.addAttribute("areas", PlanView.AREAS);
	}

	@GetMapping("/my/coaching")
	String overview(@AuthenticationPrincipal AccountUser seeker, Model model) {
		model.addAttribute("invitations", invitations.pending(seeker));
		Optional<Long> participantId = plans.linkedParticipant(seeker);
		participantId.ifPresent(id -> {
			model.addAttribute("participantId", id);
			model.addAttribute("versions", plans.history(seeker, id));
			model.addAttribute("upcoming", sessions.upcomingFor(seeker, id));
		});
		model.addAttribute("base", "/my/coaching/plan");
		return "coaching/my-coaching";
	}

	@PostMapping("/my/coaching/invitations/{participantId}/{answer}")
	String answer(@AuthenticationPrincipal AccountUser seeker, @PathVariable Long participantId, @PathVariable String answer,
			RedirectAttributes redirect) {
		boolean accept = "accept".equals(answer);
		Refusals.flash(redirect, accept ? "invite.accepted" : "invite.declined", () -> invitations.answer(seeker, participantId, accept));
		return "redirect:/my/coaching";
	}

	@GetMapping("/my/coaching/plan/compare")
	String compare(@AuthenticationPrincipal AccountUser seeker, @org.springframework.web.bind.annotation.RequestParam int from,
			@org.springframework.web.bind.annotation.RequestParam int to, Model model) {
		Long id = linked(seeker);
		PlanView earlier = plans.version(seeker, id, from);
		PlanView later = plans.version(seeker, id, to);
		model.addAttribute("personName", seeker.displayName());
		model.addAttribute("back", "/my/coaching");
		model.addAttribute("earlier", earlier);
		model.addAttribute("later", later);
		model.addAttribute("changes", later.changesSince(earlier));
		return "coaching/plan-compare";
	}

	@GetMapping("/my/coaching/plan/print")
	String print(@AuthenticationPrincipal AccountUser seeker, Model model) {
		Long id = linked(seeker);
		model.addAttribute("personName", seeker.displayName());
		model.addAttribute("plan", plans.current(seeker, id).orElseThrow(() -> new ParticipantNotFound(id)));
		model.addAttribute("pdfLink", "/my/coaching/plan.pdf");
		return "coaching/plan-print";
	}

	/** The person's current plan as a PDF to keep, in their language. */
	@GetMapping("/my/coaching/plan.pdf")
	org.springframework.http.ResponseEntity<byte[]> planPdf(@AuthenticationPrincipal AccountUser seeker) {
		Long id = linked(seeker);
		PlanView plan = plans.current(seeker, id).orElseThrow(() -> new ParticipantNotFound(id));
		return PdfPages.attachment(pdfPages.render("coaching/pdf/plan",
				Map.of("personName", seeker.displayName(), "plan", plan, "areas", PlanView.AREAS)), "plan.pdf");
	}

	/** The person ends the link between their account and their record (their consent is revocable). */
	@PostMapping("/my/coaching/unlink")
	String unlink(@AuthenticationPrincipal AccountUser seeker, RedirectAttributes redirect) {
		invitations.unlink(seeker, linked(seeker));
		redirect.addFlashAttribute("flashKey", "invite.unlinked");
		return "redirect:/my/coaching";
	}

	@GetMapping("/my/coaching/plan/edit")
	String editForm(@AuthenticationPrincipal AccountUser seeker, Model model) {
		Long id = linked(seeker);
		PlanForm form = plans.formFor(seeker, id);
		form.padSteps();
		model.addAttribute("form", form);
		model.addAttribute("action", "/my/coaching/plan");
		return "coaching/plan-form";
	}

	@PostMapping("/my/coaching/plan")
	String save(@AuthenticationPrincipal AccountUser seeker, @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Long id = linked(seeker);
		if (Refusals.run(result, () -> plans.save(seeker, id, form), () -> {
			result.reject("plan.conflict");
			form.setBaseNumber(plans.history(seeker, id).get(0).number());
		})) {
			redirect.addFlashAttribute("flashKey", "plan.savedByParticipant");
			return "redirect:/my/coaching";
		}
		form.padSteps();
		model.addAttribute("action", "/my/coaching/plan");
		return "coaching/plan-form";
	}

	@PostMapping("/my/coaching/plan/{number}/agree")
	String agree(@AuthenticationPrincipal AccountUser seeker, @PathVariable int number, RedirectAttributes redirect) {
		plans.agree(seeker, linked(seeker), number);
		redirect.addFlashAttribute("flashKey", "plan.agreed");
		return "redirect:/my/coaching";
	}

	private Long linked(AccountUser seeker) {
		return plans.linkedParticipant(seeker).orElseThrow(() -> new ParticipantNotFound(0L));
	}
}
