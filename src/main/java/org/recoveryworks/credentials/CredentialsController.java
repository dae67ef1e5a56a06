package org.recoveryworks.credentials;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/**
 * A person's own credentials (start tracking, log entries, see progress) and the supervisor's
 * verification queue.
 */
@Controller
class CredentialsController {

	private final Credentials credentials;
	private final CredentialShares shares;
	private final Clock clock;

	CredentialsController(Credentials credentials, CredentialShares shares, Clock clock) {
		this.credentials = credentials;
		this.shares = shares;
		this.clock = clock;
	}

	@GetMapping("/credentials")
	String mine(@AuthenticationPrincipal AccountUser user, Model model) {
		if (!model.containsAttribute("start")) {
			model.addAttribute("start", new StartForm());
		}
		return minePage(user, model);
	}

	@PostMapping("/credentials")
	String start(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("start") StartForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			return Refusals.attempt(result, () -> credentials.start(user, form.getTypeId(), form.getTraineeSince())).map(id -> {
				redirect.addFlashAttribute("flashKey", "credential.started");
				return "redirect:/credentials/" + id;
			}).orElseGet(() -> minePage(user, model));
		}
		catch (DataIntegrityViolationException e) {
			// Started twice at the same moment (a double click): the first one stands.
			result.rejectValue("typeId", "credential.already", "You already track this credential.");
			return minePage(user, model);
		}
	}

	private String minePage(AccountUser user, Model model) {
		model.addAttribute("tracks", credentials.mine(user));
		model.addAttribute("types", credentials.types());
		model.addAttribute("requests", user.is(Role.SEEKER) ? shares.forCandidate(user) : List.of());
		return "credentials/mine";
	}

	@PostMapping("/credentials/requests/{id}")
	String decide(@AuthenticationPrincipal AccountUser user, @PathVariable Long id,
			@RequestParam(name = "trackIds", required = false) List<Long> trackIds, RedirectAttributes redirect) {
		Refusals.flash(redirect, trackIds == null || trackIds.isEmpty() ? "credentialShare.declined" : "credentialShare.shared",
				() -> shares.decide(user, id, trackIds));
		return "redirect:/credentials#requests";
	}

	@GetMapping("/credentials/{id}")
	String track(@AuthenticationPrincipal AccountUser user, @PathVariable Long id, Model model) {
		if (!model.containsAttribute("entry")) {
			EntryForm form = new EntryForm();
			form.setDoneOn(LocalDate.now(clock));
			model.addAttribute("entry", form);
		}
		return trackPage(user, id, model);
	}

	@PostMapping("/credentials/{id}/entries")
	String log(@AuthenticationPrincipal AccountUser user, @PathVariable Long id, @Valid @ModelAttribute("entry") EntryForm form,
			BindingResult result, @RequestParam(name = "certificate", required = false) MultipartFile certificate, Model model,
			RedirectAttributes redirect) {
		if (Refusals.run(result, () -> credentials.log(user, id, form, certificate))) {
			redirect.addFlashAttribute("flashKey", "credentialEntry.logged");
			return "redirect:/credentials/" + id;
		}
		return trackPage(user, id, model);
	}

	@PostMapping("/credentials/{id}/trainee")
	String trainee(@AuthenticationPrincipal AccountUser user, @PathVariable Long id,
			@RequestParam(name = "traineeSince", required = false) String since, RedirectAttributes redirect) {
		Refusals.flash(redirect, "credential.trainee.saved", () -> credentials.startTraineePeriod(user, id, parse(since)));
		return "redirect:/credentials/" + id;
	}

	@PostMapping("/credentials/entries/{entryId}/remove")
	String remove(@AuthenticationPrincipal AccountUser user, @PathVariable Long entryId, @RequestParam Long trackId,
			RedirectAttributes redirect) {
		Refusals.flash(redirect, "credentialEntry.removed", () -> credentials.remove(user, entryId));
		return "redirect:/credentials/" + trackId;
	}

	@GetMapping("/credentials/entries/{entryId}/certificate")
	ResponseEntity<Resource> certificate(@AuthenticationPrincipal AccountUser user, @PathVariable Long entryId) {
		Credentials.Certificate c = credentials.certificate(user, entryId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(c.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(c.name(), java.nio.charset.StandardCharsets.UTF_8)
				.build().toString())
			.body(c.file());
	}

	@GetMapping("/credentials/verify")
	String verifyQueue(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("pending", credentials.pending(user));
		model.addAttribute("promotions", credentials.duePromotions(user));
		return "credentials/verify";
	}

	@PostMapping("/credentials/verify/entries/{entryId}")
	String review(@AuthenticationPrincipal AccountUser user, @PathVariable Long entryId, @RequestParam(defaultValue = "0") long version,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		if ("return".equals(decision)) {
			Refusals.flash(redirect, "credentialEntry.returned", () -> credentials.giveBack(user, entryId, version, note));
		}
		else if ("verify".equals(decision)) {
			Refusals.flash(redirect, "credentialEntry.verified.flash", () -> credentials.verify(user, entryId, version));
		}
		else {
			redirect.addFlashAttribute(Refusals.ERROR_KEY, "credentialEntry.decision");
		}
		return "redirect:/credentials/verify";
	}

	@PostMapping("/credentials/verify/tracks/{trackId}/promote")
	String promote(@AuthenticationPrincipal AccountUser user, @PathVariable Long trackId,
			@RequestParam(name = "promotedOn", required = false) String on, RedirectAttributes redirect) {
		Refusals.flash(redirect, "credential.promoted", () -> credentials.promote(user, trackId, parse(on)));
		return "redirect:/credentials/verify";
	}

	private String trackPage(AccountUser user, Long id, Model model) {
		Credentials.TrackDetail detail = credentials.detail(user, id);
		model.addAttribute("track", detail);
		model.addAttribute("kinds", List.of(EntryKind.values()));
		return "credentials/track";
	}

	private static LocalDate parse(String date) {
		try {
			return date == null || date.isBlank() ? null : LocalDate.parse(date.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}
}
