package org.recoveryworks.jobs;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/employer")
@Tag(name = "Employer", description = "An employer's own postings and the applications to them (personal API token)")
@SecurityRequirement(name = "apiToken")
class EmployerApiController {

	/** A created or updated posting, with any advice about its content. */
	record SavedPosting(PostingView posting, List<String> warnings) {
	}

	private final PostingService postings;
	private final Applications applications;
	private final MessageSource messages;

	EmployerApiController(PostingService postings, Applications applications, MessageSource messages) {
		this.postings = postings;
		this.applications = applications;
		this.messages = messages;
	}

	@GetMapping("/postings")
	@Operation(summary = "List your organization's postings, drafts included")
	List<PostingView> list(@AuthenticationPrincipal AccountUser employer) {
		return postings.ownPostings(employer);
	}

	@GetMapping("/postings/{id}")
	@Operation(summary = "Read one of your postings; the ETag is its version, for If-Match on update")
	ResponseEntity<PostingView> read(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id) {
		PostingView view = postings.ownView(employer, id);
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(view);
	}

	@PostMapping("/postings")
	@Operation(summary = "Create a posting; publish=true makes it public from its open date once your organization is verified")
	ResponseEntity<SavedPosting> create(@AuthenticationPrincipal AccountUser employer,
			@Valid @RequestBody PostingDetails details, @RequestParam(defaultValue = "false") boolean publish) {
		PostingSaved saved = postings.create(employer, details, publish);
		PostingView view = postings.ownView(employer, saved.id());
		return ResponseEntity.created(URI.create("/api/v1/employer/postings/" + saved.id()))
			.eTag(String.valueOf(view.version()))
			.body(new SavedPosting(view, warnings(saved)));
	}

	@PutMapping("/postings/{id}")
	@Operation(summary = "Replace a posting's details. Send If-Match with the ETag you read: a concurrent edit answers 409")
	ResponseEntity<?> update(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody PostingDetails details) {
		// At most 18 digits: a version is a long, and a longer number (which no posting has) is answered like any other bad value.
		if (ifMatch == null || !ifMatch.replace("W/", "").replace("\"", "").trim().matches("\\d{1,18}")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
					messages.getMessage("problem.ifMatch.detail", null, LocaleContextHolder.getLocale()));
			problem.setTitle(messages.getMessage("problem.ifMatch.title", null, LocaleContextHolder.getLocale()));
			return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(problem);
		}
		long version = Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
		PostingSaved saved = postings.update(employer, id, version, details);
		PostingView view = postings.ownView(employer, id);
		return ResponseEntity.ok().eTag(String.valueOf(view.version())).body(new SavedPosting(view, warnings(saved)));
	}

	@PostMapping("/postings/{id}/publish")
	@Operation(summary = "Publish a draft")
	PostingView publish(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id) {
		postings.publish(employer, id);
		return postings.ownView(employer, id);
	}

	@PostMapping("/postings/{id}/close")
	@Operation(summary = "Close a posting to new applications")
	PostingView close(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id) {
		postings.close(employer, id);
		return postings.ownView(employer, id);
	}

	@PostMapping("/postings/{id}/fill")
	@Operation(summary = "Mark a published or closed posting filled (it stays filled)")
	PostingView fill(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id) {
		postings.markFilled(employer, id);
		return postings.ownView(employer, id);
	}

	@GetMapping("/postings/{id}/applications")
	@Operation(summary = "Read the applications to one of your postings")
	List<ApplicationView> applications(@AuthenticationPrincipal AccountUser employer, @PathVariable Long id) {
		return applications.forPosting(employer, id);
	}

	private List<String> warnings(PostingSaved saved) {
		return saved.livedExperienceOnlyWarning()
				? List.of(messages.getMessage("posting.livedExperienceWarning", null, LocaleContextHolder.getLocale()))
				: List.of();
	}

}
