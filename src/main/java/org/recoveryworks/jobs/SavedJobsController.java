package org.recoveryworks.jobs;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.web.Refusals;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A job seeker's saved jobs and saved searches, and the unsubscribe link of a job alert (no sign-in needed). */
@Controller
class SavedJobsController {

	private final SavedJobs saved;

	SavedJobsController(SavedJobs saved) {
		this.saved = saved;
	}

	@PostMapping("/jobs/{id}/save")
	String save(@PathVariable Long id, @AuthenticationPrincipal AccountUser seeker, @RequestParam(defaultValue = "true") boolean save,
			RedirectAttributes redirect) {
		try {
			saved.save(seeker, id, save);
		}
		catch (DataIntegrityViolationException e) {
			// Saved at the same moment from another tab: it is saved.
		}
		redirect.addFlashAttribute("flashKey", save ? "saved.job.saved" : "saved.job.removed");
		return "redirect:/jobs/" + id;
	}

	@GetMapping("/my/saved")
	String list(@AuthenticationPrincipal AccountUser seeker, Model model) {
		model.addAttribute("postings", saved.savedPostings(seeker.id()));
		model.addAttribute("searches", saved.searches(seeker.id()));
		model.addAttribute("alerts", AlertFrequency.values());
		return "jobs/saved";
	}

	/** Saves the search the page shows (its filters come as the search page's own parameters). */
	@PostMapping("/my/searches")
	String saveSearch(@AuthenticationPrincipal AccountUser seeker, @Valid @ModelAttribute("query") JobQuery query, BindingResult errors,
			@RequestParam(required = false) String searchName, @RequestParam(defaultValue = "NONE") AlertFrequency alert,
			RedirectAttributes redirect) {
		// A search the search page would refuse (a place it does not know, say), or too long to keep, is not saved.
		if (errors.hasErrors() || !saved.runs(query) || SavedJobs.normal(query).length() > SavedJobs.LONGEST) {
			redirect.addFlashAttribute(Refusals.ERROR_KEY, "saved.search.invalid");
			return "redirect:/jobs";
		}
		if (searchName != null && searchName.length() > 200) {
			searchName = searchName.substring(0, 200);
		}
		try {
			saved.saveSearch(seeker, query, searchName, alert);
		}
		catch (DataIntegrityViolationException e) {
			// The same search saved at the same moment from another tab: it is saved.
		}
		redirect.addFlashAttribute("flashKey", alert == AlertFrequency.NONE ? "saved.search.saved" : "saved.search.savedWithAlert");
		return "redirect:/my/saved";
	}

	@PostMapping("/my/searches/{id}/alert")
	String alert(@PathVariable Long id, @AuthenticationPrincipal AccountUser seeker, @RequestParam AlertFrequency alert,
			RedirectAttributes redirect) {
		saved.changeAlert(seeker, id, alert);
		redirect.addFlashAttribute("flashKey", "saved.search.alert." + alert);
		return "redirect:/my/saved";
	}

	@PostMapping("/my/searches/{id}/remove")
	String remove(@PathVariable Long id, @AuthenticationPrincipal AccountUser seeker, RedirectAttributes redirect) {
		saved.removeSearch(seeker, id);
		redirect.addFlashAttribute("flashKey", "saved.search.removed");
		return "redirect:/my/saved";
	}

	/** The link in an alert: says which alert it stops and asks to confirm (a link checker opening it stops nothing). */
	@GetMapping("/alerts/unsubscribe")
	String unsubscribePage(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("search", saved.fromToken(token).map(SavedSearch::getName).orElse(null));
		return "jobs/unsubscribe";
	}

	/** Stops the alert: from the page's button, or posted by the mail program's "Unsubscribe" (RFC 8058). */
	@PostMapping("/alerts/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("stopped", saved.unsubscribe(token));
		}
		catch (RuleViolation e) {
			// Not this deployment's link: nothing changes, and the page says what to do instead.
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return "jobs/unsubscribe";
	}
}
