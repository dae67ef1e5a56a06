package org.recoveryworks.jobs;

import java.util.Map;

import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.seekers.ApplicantProfile;
import org.recoveryworks.seekers.SeekerProfiles;
import org.recoveryworks.shared.DocumentStore;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.core.io.Resource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ApplyController {

	private final PostingService postings;
	private final Applications applications;
	private final DocumentStore store;
	private final SeekerProfiles profiles;

	ApplyController(PostingService postings, Applications applications, DocumentStore store, SeekerProfiles profiles) {
		this.profiles = profiles;
		this.postings = postings;
		this.applications = applications;
		this.store = store;
	}

	@GetMapping("/jobs/{id}/apply")
	String form(@PathVariable Long id, @AuthenticationPrincipal AccountUser seeker, Model model,
			RedirectAttributes redirect) {
		if (applications.hasApplied(seeker, id)) {
			redirect.addFlashAttribute("flashKey", "apply.already");
			return "redirect:/my/applications";
		}
		PostingView posting = postings.publicView(id);
		if (!posting.open()) {
			redirect.addFlashAttribute("flashKey", "apply.closed");
			return "redirect:/jobs/" + id;
		}
		ApplyForm form = new ApplyForm();
		form.setFullName(seeker.displayName());
		form.setEmail(seeker.email());
		ApplicantProfile profile = profiles.forApplying(seeker.id()).orElse(null);
		if (profile != null) {
			form.fillFrom(profile);
		}
		model.addAttribute("profile", profile);
		model.addAttribute("form", form);
		model.addAttribute("posting", posting);
		return "jobs/apply";
	}

	@PostMapping("/jobs/{id}/apply")
	String apply(@PathVariable Long id, @AuthenticationPrincipal AccountUser seeker,
			@Valid @ModelAttribute("form") ApplyForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		PostingView posting = postings.publicView(id);
		model.addAttribute("posting", posting);
		ApplicantProfile profile = profiles.forApplying(seeker.id()).orElse(null);
		model.addAttribute("profile", profile);
		try {
			Map<String, RuleViolation> problems = applications.check(id, form.toDraft(profile));
			problems.values().forEach(problem -> problem.rejectIn(result));
			if (result.hasErrors()) {
				return "jobs/apply";
			}
			applications.apply(seeker, id, form.toDraft(profile));
		}
		catch (AlreadyApplied e) {
			redirect.addFlashAttribute("flashKey", "apply.already");
			return "redirect:/my/applications";
		}
		catch (RuleViolation e) {
			e.rejectIn(result);
			return "jobs/apply";
		}
		redirect.addFlashAttribute("flashKey", "apply.done");
		return "redirect:/my/applications";
	}

	@GetMapping("/my/applications")
	String statusBoard(@AuthenticationPrincipal AccountUser seeker, Model model) {
		model.addAttribute("applications", applications.statusBoard(seeker));
		return "jobs/status-board";
	}

	@PostMapping("/my/applications/{id}/withdraw")
	String withdraw(@PathVariable Long id, @AuthenticationPrincipal AccountUser seeker, RedirectAttributes redirect) {
		Refusals.flash(redirect, "apply.withdrawn", () -> applications.withdraw(seeker, id));
		return "redirect:/my/applications";
	}

	@PostMapping("/my/applications/{id}/share")
	String share(@PathVariable Long id, @AuthenticationPrincipal AccountUser seeker,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean share, RedirectAttributes redirect) {
		applications.shareWithCoach(seeker, id, share);
		redirect.addFlashAttribute("flashKey", share ? "board.shared" : "board.unshared");
		return "redirect:/my/applications";
	}

	/** Downloads a résumé or cover letter: only its applicant and the employer it was sent to. */
	@GetMapping("/documents/{id}")
	ResponseEntity<Resource> document(@PathVariable Long id, @AuthenticationPrincipal AccountUser reader) {
		if (reader == null) {
			throw new org.springframework.security.access.AccessDeniedException("Sign in first");
		}
		ApplicationDocument document = applications.document(reader, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(store.load(document.getStorageKey()));
	}
}
