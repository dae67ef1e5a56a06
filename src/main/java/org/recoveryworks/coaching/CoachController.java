package org.recoveryworks.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.shared.web.EditConflict;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.recoveryworks.shared.pdf.PdfPages;
import org.springframework.http.ResponseEntity;
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

/** The coach's and supervisor's pages: dashboard, participants, plans, sessions. */
@Controller
class CoachController {

	private final Participants participants;
	private final Plans plans;
	private final Sessions sessions;
	private final Dashboard dashboard;
	private final Invitations invitations;
	private final JobMatches jobMatches;
	private final org.springframework.beans.factory.ObjectProvider<ParticipantPageParts> parts;
	private final Clock clock;
	private final PdfPages pdfPages;

	CoachController(Participants participants, Plans plans, Sessions sessions, Dashboard dashboard, Invitations invitations,
			JobMatches jobMatches, org.springframework.beans.factory.ObjectProvider<ParticipantPageParts> parts, Clock clock,
			org.springframework.context.MessageSource messages, PdfPages pdfPages) {
		this.messages = messages;
		this.pdfPages = pdfPages;
		this.parts = parts;
		this.jobMatches = jobMatches;
		this.participants = participants;
		this.plans = plans;
		this.sessions = sessions;
		this.dashboard = dashboard;
		this.invitations = invitations;
		this.clock = clock;
	}

	private final org.springframework.context.MessageSource messages;

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("employmentStatuses", EmploymentStatus.values());
		model.addAttribute("benefitChoices", Benefit.values());
		model.addAttribute("dischargeReasons", DischargeReason.values());
		model.addAttribute("stepStatuses", StepStatus.values());
		model.addAttribute("sessionModes", SessionMode.values());
		model.addAttribute("sessionKinds", SessionKind.values());
		model.addAttribute("areas", PlanView.AREAS);
	}

	@GetMapping("/coach")
	String dashboard(@AuthenticationPrincipal AccountUser staff, Model model) {
		model.addAttribute("dashboard", dashboard.of(staff));
		return "coaching/dashboard";
	}

	@GetMapping("/coach/participants/new")
	String enrollForm(@AuthenticationPrincipal AccountUser staff, Model model) {
		ParticipantForm form = new ParticipantForm();
		form.setEnrolledOn(LocalDate.now(clock));
		model.addAttribute("form", form);
		model.addAttribute("coaches", participants.coaches(staff));
		return "coaching/participant-form";
	}

	@PostMapping("/coach/participants")
	String enroll(@AuthenticationPrincipal AccountUser staff, @Valid @ModelAttribute("form") ParticipantForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Refusals.attempt(result, () -> participants.enroll(staff, form)).map(id -> {
			redirect.addFlashAttribute("flashKey", "participant.enrolled");
			return "redirect:/coach/participants/" + id;
		}).orElseGet(() -> {
			model.addAttribute("coaches", participants.coaches(staff));
			return "coaching/participant-form";
		});
	}

	@GetMapping("/coach/participants/{id}")
	String participant(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		model.addAttribute("participant", participants.read(staff, id));
		model.addAttribute("plan", plans.current(staff, id).orElse(null));
		model.addAttribute("sessions", sessions.forParticipant(staff, id));
		parts.orderedStream().forEach(part -> model.addAllAttributes(part.partsFor(staff, id)));
		model.addAttribute("coaches", staff.is(Role.SUPERVISOR) ? participants.coaches(staff) : java.util.List.of());
		model.addAttribute("today", LocalDate.now(clock));
		return "coaching/participant";
	}

	@GetMapping("/coach/participants/{id}/edit")
	String editForm(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model, RedirectAttributes redirect) {
		ParticipantView view = participants.read(staff, id);
		if (!view.revealed()) {
			redirect.addFlashAttribute("errorKey", "participant.sequestered.edit");
			return "redirect:/coach/participants/" + id;
		}
		model.addAttribute("participantId", id);
		model.addAttribute("form", participants.formOf(staff, id));
		model.addAttribute("participant", view);
		return "coaching/participant-form";
	}

	@PostMapping("/coach/participants/{id}")
	String update(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id,
			@Valid @ModelAttribute("form") ParticipantForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		// The record's access is checked before anything, even a form with errors, is shown back.
		model.addAttribute("participant", participants.read(staff, id));
		// Someone saved first: keep what was typed, show both versions; saving again keeps this one on purpose.
		if (Refusals.run(result, () -> participants.update(staff, id, form),
				() -> EditConflict.show(model, form, participants.formOf(staff, id), messages, "participant."))) {
			redirect.addFlashAttribute("flashKey", "participant.updated");
			return "redirect:/coach/participants/" + id;
		}
		model.addAttribute("participantId", id);
		return "coaching/participant-form";
	}

	@PostMapping("/coach/participants/{id}/discharge")
	String discharge(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id,
			@RequestParam(required = false) DischargeReason reason, @RequestParam(required = false) String note,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return act(id, redirect, "participant.discharged", () -> participants.discharge(staff, id, on == null ? LocalDate.now(clock) : on,
				reason, note));
	}

	@PostMapping("/coach/participants/{id}/reenroll")
	String reenroll(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "participant.reenrolled", () -> participants.reenroll(staff, id, LocalDate.now(clock)));
	}

	@PostMapping("/coach/participants/{id}/transfer")
	String transfer(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id,
			@RequestParam(required = false) Long coachId, RedirectAttributes redirect) {
		return act(id, redirect, "participant.transferred", () -> participants.transfer(staff, id, coachId));
	}

	@PostMapping("/coach/participants/{id}/invite")
	String invite(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, @RequestParam(defaultValue = "") String email,
			RedirectAttributes redirect) {
		return act(id, redirect, "participant.invited", () -> invitations.invite(staff, id, email));
	}

	@GetMapping("/coach/participants/{id}/plan")
	String plan(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		model.addAttribute("participant", participants.read(staff, id));
		model.addAttribute("versions", plans.history(staff, id));
		model.addAttribute("base", "/coach/participants/" + id + "/plan");
		return "coaching/plan";
	}

	@GetMapping("/coach/participants/{id}/plan/edit")
	String planForm(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		PlanForm form = plans.formFor(staff, id);
		form.padSteps();
		model.addAttribute("form", form);
		model.addAttribute("participant", participants.read(staff, id));
		model.addAttribute("action", "/coach/participants/" + id + "/plan");
		return "coaching/plan-form";
	}

	@PostMapping("/coach/participants/{id}/plan")
	String savePlan(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id,
			@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<Integer> saved = Refusals.attempt(result, () -> plans.save(staff, id, form), () -> {
			// Keep what this editor wrote; the next save, on purpose, makes a new version on top.
			result.reject("plan.conflict");
			form.setBaseNumber(plans.history(staff, id).get(0).number());
		});
		if (saved.isPresent()) {
			redirect.addFlashAttribute("flashKey", "plan.saved");
			redirect.addFlashAttribute("savedNumber", saved.get());
			return "redirect:/coach/participants/" + id + "/plan";
		}
		form.padSteps();
		model.addAttribute("participant", participants.read(staff, id));
		model.addAttribute("action", "/coach/participants/" + id + "/plan");
		return "coaching/plan-form";
	}

	@GetMapping("/coach/participants/{id}/plan/compare")
	String compare(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, @RequestParam int from,
			@RequestParam int to, Model model) {
		PlanView earlier = plans.version(staff, id, from);
		PlanView later = plans.version(staff, id, to);
		ParticipantView participant = participants.read(staff, id);
		model.addAttribute("personName", participant.displayName());
		model.addAttribute("back", "/coach/participants/" + id + "/plan");
		model.addAttribute("earlier", earlier);
		model.addAttribute("later", later);
		model.addAttribute("changes", later.changesSince(earlier));
		return "coaching/plan-compare";
	}

	@GetMapping("/coach/participants/{id}/plan/print")
	String print(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		model.addAttribute("personName", participants.read(staff, id).fullName());
		model.addAttribute("plan", plans.current(staff, id).orElseThrow(() -> new ParticipantNotFound(id)));
		model.addAttribute("pdfLink", "/coach/participants/" + id + "/plan.pdf");
		return "coaching/plan-print";
	}

	/** The current plan as a PDF to hand to the person, in the coach's language. */
	@GetMapping("/coach/participants/{id}/plan.pdf")
	ResponseEntity<byte[]> planPdf(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id) {
		String name = participants.read(staff, id).fullName();
		PlanView plan = plans.current(staff, id).orElseThrow(() -> new ParticipantNotFound(id));
		return PdfPages.attachment(pdfPages.render("coaching/pdf/plan",
				Map.of("personName", name, "plan", plan, "areas", PlanView.AREAS)), "plan.pdf");
	}

	@GetMapping("/coach/participants/{id}/jobs")
	String jobs(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		model.addAttribute("participant", participants.read(staff, id));
		model.addAttribute("result", jobMatches.matches(staff, id));
		model.addAttribute("saved", jobMatches.saved(staff, id));
		model.addAttribute("shared", jobMatches.sharedApplications(staff, id));
		model.addAttribute("base", "/coach/participants/" + id + "/jobs");
		return "coaching/jobs";
	}

	@PostMapping("/coach/participants/{id}/jobs/{postingId}/{change}")
	String saveJob(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, @PathVariable Long postingId,
			@PathVariable String change, RedirectAttributes redirect) {
		if ("save".equals(change)) {
			jobMatches.save(staff, id, postingId);
			redirect.addFlashAttribute("flashKey", "jobs.saved");
		}
		else {
			jobMatches.remove(staff, id, postingId);
			redirect.addFlashAttribute("flashKey", "jobs.removed");
		}
		return "redirect:/coach/participants/" + id + "/jobs";
	}

	@GetMapping("/coach/participants/{id}/sessions/new")
	String sessionForm(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		SessionForm form = new SessionForm();
		form.setDate(LocalDate.now(clock).plusDays(1));
		form.setTime(java.time.LocalTime.of(10, 0));
		model.addAttribute("form", form);
		model.addAttribute("participant", participants.read(staff, id));
		return "coaching/session-form";
	}

	@PostMapping("/coach/participants/{id}/sessions")
	String schedule(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return Refusals.attempt(result, () -> sessions.schedule(staff, id, form)).map(sessionId -> {
			redirect.addFlashAttribute("flashKey", "session.scheduled");
			return "redirect:/coach/sessions/" + sessionId;
		}).orElseGet(() -> {
			model.addAttribute("participant", participants.read(staff, id));
			return "coaching/session-form";
		});
	}

	@GetMapping("/coach/sessions/{id}")
	String session(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		SessionView session = sessions.read(staff, id);
		model.addAttribute("coachingSession", session);
		model.addAttribute("form", formOf(session));
		return "coaching/session";
	}

	private SessionForm formOf(SessionView session) {
		SessionForm form = new SessionForm();
		form.setVersion(session.version());
		form.setMinutes(session.minutes());
		form.setMode(session.mode());
		form.setKind(session.kind());
		form.setTopics(session.topics());
		form.setGoalsTouched(new java.util.LinkedHashSet<>(session.goalsTouched()));
		form.setNote(session.note());
		form.setNextSteps(session.nextSteps());
		java.time.ZonedDateTime startsAt = session.startsAt().atZone(clock.getZone());
		form.setDate(startsAt.toLocalDate());
		form.setTime(startsAt.toLocalTime());
		return form;
	}

	@PostMapping("/coach/sessions/{id}")
	String document(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		SessionView session = sessions.read(staff, id);
		// Keep the note being written, show both versions; saving again replaces the other version on purpose.
		if (Refusals.run(result, () -> sessions.document(staff, id, form),
				() -> EditConflict.show(model, form, formOf(session), messages, "session."))) {
			redirect.addFlashAttribute("flashKey", "session.documented");
			return "redirect:/coach/sessions/" + id;
		}
		model.addAttribute("coachingSession", session);
		return "coaching/session";
	}

	@PostMapping("/coach/sessions/{id}/cancel")
	String cancel(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		Refusals.flash(redirect, "session.cancelled", () -> sessions.cancel(staff, id, reason));
		return "redirect:/coach/sessions/" + id;
	}

	@GetMapping("/coach/sessions/{id}.ics")
	ResponseEntity<String> calendar(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("session-" + id + ".ics").build().toString())
			.body(sessions.calendar(staff, id));
	}

	private String act(Long id, RedirectAttributes redirect, String doneKey, Runnable action) {
		Refusals.flash(redirect, doneKey, action);
		return "redirect:/coach/participants/" + id;
	}

}
