package org.recoveryworks.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.web.Refusals;
import org.recoveryworks.shared.web.Htmx;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class JobsController {

	private final PostingSearch search;
	private final PostingService postings;
	private final Applications applications;
	private final JobBankStatistics statistics;
	private final JobPostingJsonLd jsonLd;
	private final Clock clock;

	private final SearchIndexStartup index;

	private final SavedJobs savedJobs;

	JobsController(PostingSearch search, PostingService postings, Applications applications, JobBankStatistics statistics,
			JobPostingJsonLd jsonLd, Clock clock, SearchIndexStartup index, SavedJobs savedJobs) {
		this.savedJobs = savedJobs;
		this.index = index;
		this.search = search;
		this.postings = postings;
		this.applications = applications;
		this.statistics = statistics;
		this.jsonLd = jsonLd;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model, HttpServletRequest request) {
		statistics.recordView(request.getRemoteAddr(), request.getHeader("User-Agent"), null);
		model.addAttribute("query", new JobQuery());
		model.addAttribute("totals", statistics.totals());
		return "jobs/home";
	}

	/**
	 * The search page; with HX-Request only the results, with the counts per filter value and the
	 * status message swapped out of band, so the form the person is typing in is never replaced.
	 */
	@GetMapping("/jobs")
	String search(@Valid @ModelAttribute("query") JobQuery query, BindingResult errors, Model model,
			HttpServletRequest request) {
		index.requireReady();
		boolean htmx = Htmx.isHtmx(request);
		if (!htmx) {
			statistics.recordView(request.getRemoteAddr(), request.getHeader("User-Agent"), null);
		}
		Refusals.attempt(errors, () -> search.search(query, true)).ifPresent(found -> {
			model.addAttribute("result", found);
			model.addAttribute("widenings", found.page() == 1 ? search.widen(query, found.total()) : List.of());
		});
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("alerts", AlertFrequency.values());
		model.addAttribute("htmx", htmx);
		return htmx ? "jobs/search :: update" : "jobs/search";
	}

	@GetMapping("/jobs/{id}")
	String posting(@PathVariable Long id, @AuthenticationPrincipal AccountUser user, Model model,
			HttpServletRequest request) {
		PostingView posting = postings.publicView(id);
		statistics.recordView(request.getRemoteAddr(), request.getHeader("User-Agent"), id);
		model.addAttribute("posting", posting);
		model.addAttribute("applied", applications.hasApplied(user, id));
		model.addAttribute("saved", savedJobs.isSaved(user, id));
		if (posting.open()) {
			model.addAttribute("jsonLd", jsonLd.of(posting));
		}
		String results = resultsCameFrom(request);
		model.addAttribute("backLink", results != null ? results : "/jobs");
		model.addAttribute("backToResults", results != null);
		return "jobs/posting";
	}

	/** The search results page of this site the person came from (with its search), if they came from one. */
	static String resultsCameFrom(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			java.net.URI from = java.net.URI.create(referer);
			if (!request.getServerName().equalsIgnoreCase(from.getHost()) || !"/jobs".equals(from.getPath())) {
				return null;
			}
			return from.getRawQuery() == null ? "/jobs" : "/jobs?" + from.getRawQuery();
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
