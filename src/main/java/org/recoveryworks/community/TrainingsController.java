package org.recoveryworks.community;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/** Trainings and curricula of the program: events, registration, attendance, certificates. */
@Controller
class TrainingsController {

	private final Trainings trainings;
	private final CaseFiles participants;
	private final Accounts accounts;
	private final Clock clock;

	TrainingsController(Trainings trainings, CaseFiles participants, Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.trainings = trainings;
		this.participants = participants;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("trainingKinds", TrainingKind.values());
		model.addAttribute("audiences", Audience.values());
	}

	@GetMapping("/coach/trainings")
	String list(@AuthenticationPrincipal AccountUser staff, Model model) {
		TrainingForm form = new TrainingForm();
		form.setHeldOn(LocalDate.now(clock));
		return page(staff, form, model);
	}

	@PostMapping("/coach/trainings")
	String add(@AuthenticationPrincipal AccountUser staff, @Valid @ModelAttribute("form") TrainingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return Refusals.attempt(result, () -> trainings.addEvent(staff, form)).map(id -> {
			redirect.addFlashAttribute("flashKey", "training.created");
			return "redirect:/coach/trainings/" + id;
		}).orElseGet(() -> page(staff, form, model));
	}

	@PostMapping("/coach/curricula")
	String addCurriculum(@AuthenticationPrincipal AccountUser staff, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String modules, RedirectAttributes redirect) {
		Refusals.flash(redirect, "training.curriculum.created", () -> trainings.addCurriculum(staff, name, modules));
		return "redirect:/coach/trainings";
	}

	@GetMapping("/coach/trainings/{id}")
	String event(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		model.addAttribute("event", trainings.event(staff, id));
		model.addAttribute("people", participants.visibleTo(staff).stream()
			.filter(CaseFiles.ParticipantRef::active)
			.map(p -> new SupportGroups.Member(p.id(), p.name()))
			.toList());
		model.addAttribute("staffMembers", accounts.staff(staff.organizationId()).stream()
			.filter(a -> !a.id().equals(staff.id())).toList());
		return "community/training";
	}

	@PostMapping("/coach/trainings/{id}/registrations")
	String register(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id,
			@RequestParam(required = false) Long participantId, @RequestParam(required = false) Long accountId,
			@RequestParam(required = false) String attendeeName, RedirectAttributes redirect) {
		try {
			Refusals.flash(redirect, "training.registered", () -> {
				if (participantId != null) {
					trainings.registerParticipant(staff, id, participantId);
				}
				else if (accountId != null) {
					trainings.registerStaff(staff, id, accountId);
				}
				else {
					trainings.registerByName(staff, id, attendeeName);
				}
			});
		}
		catch (org.springframework.dao.DataIntegrityViolationException e) {
			// The same person registered twice at the same moment (a double click): one registration stays.
			redirect.addFlashAttribute(Refusals.ERROR_KEY, "training.alreadyRegistered");
		}
		return "redirect:/coach/trainings/" + id;
	}

	@PostMapping("/coach/trainings/registrations/{registrationId}")
	String record(@AuthenticationPrincipal AccountUser staff, @PathVariable Long registrationId,
			@RequestParam(defaultValue = "false") boolean attended, @RequestParam(defaultValue = "false") boolean completed,
			RedirectAttributes redirect) {
		return Refusals.flashResult(redirect, "training.recorded", () -> trainings.record(staff, registrationId, attended, completed))
			.map(eventId -> "redirect:/coach/trainings/" + eventId)
			.orElse("redirect:/coach/trainings");
	}

	@GetMapping("/coach/trainings/registrations/{registrationId}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@AuthenticationPrincipal AccountUser staff, @PathVariable Long registrationId) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("certificate-" + registrationId + ".pdf").build().toString())
			.body(trainings.certificate(staff, registrationId));
	}

	private String page(AccountUser staff, TrainingForm form, Model model) {
		model.addAttribute("events", trainings.events(staff));
		model.addAttribute("curricula", trainings.curricula(staff));
		model.addAttribute("form", form);
		return "community/trainings";
	}
}
