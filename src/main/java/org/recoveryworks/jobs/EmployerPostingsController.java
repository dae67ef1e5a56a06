package org.recoveryworks.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.web.EditConflict;
import org.recoveryworks.shared.web.Refusals;
import org.recoveryworks.shared.web.Htmx;
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

@Controller
class EmployerPostingsController {

	private final PostingService postings;
	private final Applications applications;
	private final JobBankStatistics statistics;
	private final Organizations organizations;
	private final Validator validator;
	private final Clock clock;
	private final org.springframework.context.MessageSource messages;

	EmployerPostingsController(PostingService postings, Applications applications, JobBankStatistics statistics,
			Organizations organizations, Validator validator, Clock clock, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.postings = postings;
		this.applications = applications;
		this.statistics = statistics;
		this.organizations = organizations;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping("/employer/postings")
	String list(@AuthenticationPrincipal AccountUser employer, Model model) {
		List<PostingView> own = postings.ownPostings(employer);
		model.addAttribute("organization", organizations.get(employer.organizationId()));
		model.addAttribute("postings", own);
		model.addAttribute("views", statistics.viewsFor(own.stream().map(PostingView::id).toList()));
		model.addAttribute("applicationCounts", applications.countsForOrganization(employer.organizationId()));
		return "jobs/employer/postings";
	}

	@GetMapping("/employer/postings/new")
	String newForm(Model model) {
		PostingForm form = new PostingForm();
		form.setOpenDate(LocalDate.now(clock));
		form.padQuestions();
		model.addAttribute("form", form);
		return "jobs/employer/posting-form";
	}

	@PostMapping("/employer/postings")
	String create(@AuthenticationPrincipal AccountUser employer, @ModelAttribute("form") PostingForm form,
			BindingResult result, @RequestParam(defaultValue = "draft") String action, Model model,
			RedirectAttributes redirect) {
		form.compactQuestions();
		PostingDetails details = validate(form, result);
		Optional<PostingSaved> saved = Refusals.attempt(result, () -> postings.create(employer, details, "publish".equals(action)));
		if (saved.isPresent()) {
			return saved(saved.get(), "publish".equals(action) ? "posting.published" : "posting.draftSaved", redirect);
		}
		form.padQuestions();
		return "jobs/employer/posting-form";
	}

	@GetMapping("/employer/postings/{id}")
	String manage(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id, Model model) {
		PostingView posting = postings.ownView(employer, id);
		model.addAttribute("posting", posting);
		model.addAttribute("organization", organizations.get(employer.organizationId()));
		model.addAttribute("views", statistics.viewsFor(List.of(id)).getOrDefault(id, 0L));
		model.addAttribute("applicationCount", applications.countsForOrganization(employer.organizationId()).getOrDefault(id, 0L));
		model.addAttribute("livedExperienceOnly", AdaQuestionScreen.onlyLivedExperience(posting.minimumQualifications()));
		return "jobs/employer/posting";
	}

	@GetMapping("/employer/postings/{id}/edit")
	String editForm(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id, Model model) {
		PostingForm form = PostingForm.of(postings.ownView(employer, id));
		form.padQuestions();
		model.addAttribute("form", form);
		model.addAttribute("postingId", id);
		return "jobs/employer/posting-form";
	}

	@PostMapping("/employer/postings/{id}")
	String update(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id,
			@ModelAttribute("form") PostingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		postings.ownView(employer, id);
		form.compactQuestions();
		PostingDetails details = validate(form, result);
		// Someone saved first: keep what this editor typed, show both versions, let them save again on purpose.
		Optional<PostingSaved> saved = Refusals.attempt(result, () -> postings.update(employer, id, form.getVersion(), details),
				() -> EditConflict.show(model, form, PostingForm.of(postings.ownView(employer, id)), messages, "posting."));
		if (saved.isPresent()) {
			return saved(saved.get(), "posting.updated", redirect);
		}
		form.padQuestions();
		model.addAttribute("postingId", id);
		return "jobs/employer/posting-form";
	}

	@PostMapping("/employer/postings/{id}/publish")
	String publish(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id, RedirectAttributes redirect) {
		return move(id, redirect, () -> postings.publish(employer, id), "posting.published");
	}

	@PostMapping("/employer/postings/{id}/close")
	String close(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id, RedirectAttributes redirect) {
		return move(id, redirect, () -> postings.close(employer, id), "posting.closed");
	}

	@PostMapping("/employer/postings/{id}/fill")
	String fill(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id, RedirectAttributes redirect) {
		return move(id, redirect, () -> postings.markFilled(employer, id), "posting.filled");
	}

	/** A change of status; one the posting does not allow from where it is shows why, and changes nothing. */
	private static String move(Long id, RedirectAttributes redirect, Runnable change, String doneKey) {
		Refusals.flash(redirect, doneKey, change);
		return "redirect:/employer/postings/" + id;
	}

	@GetMapping("/employer/postings/{id}/applications")
	String applicants(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id, Model model) {
		model.addAttribute("posting", postings.ownView(employer, id));
		model.addAttribute("applications", applications.forPosting(employer, id));
		return "jobs/employer/applications";
	}

	@GetMapping("/employer/applications/{id}")
	String application(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id, Model model) {
		model.addAttribute("jobApplication", applications.forEmployer(employer, id));
		return "jobs/employer/application";
	}

	/** Moves an application to a stage; with htmx only the stage panel is re-rendered. */
	@PostMapping("/employer/applications/{id}/stage")
	String moveStage(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id,
			@RequestParam(required = false) Stage stage, Model model, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletRequest request) {
		String messageKey = stage == null ? "stage.invalid"
				: Refusals.refusal(() -> applications.moveTo(employer, id, stage)).map(RuleViolation::messageKey).orElse("stage.moved");
		if (Htmx.isHtmx(request)) {
			model.addAttribute("jobApplication", applications.forEmployer(employer, id));
			model.addAttribute("flashKey", messageKey);
			model.addAttribute("htmx", true);
			return "jobs/employer/application :: stage";
		}
		redirect.addFlashAttribute("flashKey", messageKey);
		return "redirect:/employer/applications/" + id;
	}

	private String saved(PostingSaved saved, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashKey", messageKey);
		if (saved.livedExperienceOnlyWarning()) {
			redirect.addFlashAttribute("livedExperienceWarning", true);
		}
		return "redirect:/employer/postings/" + saved.id();
	}

	/** Runs the rules of {@link PostingDetails} and reports each under the form field it concerns. */
	private PostingDetails validate(PostingForm form, BindingResult result) {
		PostingDetails details = form.toDetails();
		for (ConstraintViolation<PostingDetails> v : validator.validate(details)) {
			String field = formField(v.getPropertyPath().toString());
			if (result.getFieldErrorCount(field) == 0) {
				result.rejectValue(field, "invalid", v.getMessage());
			}
		}
		return details;
	}

	private static final Map<String, String> VIRTUAL_FIELDS = Map.of("salaryMaxValid", "salaryMax", "closeDateValid", "closeDate");

	static String formField(String path) {
		if (path == null) {
			return null;
		}
		String field = VIRTUAL_FIELDS.getOrDefault(path, path);
		field = field.replaceAll("\\.choicesValid$", ".choicesText").replaceAll("\\.choices(\\[\\d+\\])?(\\.<list element>)?$", ".choicesText");
		return field;
	}
}
