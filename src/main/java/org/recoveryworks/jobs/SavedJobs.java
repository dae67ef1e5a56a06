package org.recoveryworks.jobs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.DeploymentSecrets;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.DataBinder;
import org.springframework.validation.Validator;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A job seeker's saved postings and saved searches, and the unsubscribe links of their job alerts. Each is looked up
 * within the signed-in person's own, so another person's is "not found".
 */
@Service
class SavedJobs {

	/** The longest search kept (its query string): the column's size. */
	static final int LONGEST = 1000;

	/** The purpose of the signature in an unsubscribe link (it is good for nothing else). */
	static final String UNSUBSCRIBE = "job-alert-unsubscribe";

	/** A saved posting on the person's list. */
	record SavedPostingView(Long postingId, String title, String organizationName, String town, LocalDate closeDate, boolean open,
			Instant savedAt) {
	}

	/** A saved search on the person's list: {@code link} is the search page's address. */
	record SavedSearchView(Long id, String name, String link, AlertFrequency alert) {
	}

	private final SavedPostingRepository savedPostings;
	private final SavedSearchRepository searches;
	private final PostingRepository postings;
	private final PostingService postingService;
	private final DeploymentSecrets secrets;
	private final Validator validator;
	private final Clock clock;
	private final MessageSource messages;
	private final PostingSearch search;

	SavedJobs(SavedPostingRepository savedPostings, SavedSearchRepository searches, PostingRepository postings, PostingService postingService,
			DeploymentSecrets secrets, Validator validator, Clock clock, MessageSource messages, PostingSearch search) {
		this.search = search;
		this.messages = messages;
		this.savedPostings = savedPostings;
		this.searches = searches;
		this.postings = postings;
		this.postingService = postingService;
		this.secrets = secrets;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean isSaved(AccountUser user, Long postingId) {
		return user != null && savedPostings.findByAccountIdAndPostingId(user.id(), postingId).isPresent();
	}

	/** Saves a posting the public may read, or takes it off the list: sent again, it sets the same. */
	@Transactional
	void save(AccountUser seeker, Long postingId, boolean save) {
		postingService.publicView(postingId);
		Optional<SavedPosting> saved = savedPostings.findByAccountIdAndPostingId(seeker.id(), postingId);
		if (save && saved.isEmpty()) {
			// Saved at the same moment from another tab, the unique key refuses the second (the controller says saved).
			savedPostings.saveAndFlush(new SavedPosting(seeker.id(), postings.getReferenceById(postingId), Instant.now(clock)));
		}
		if (!save) {
			saved.ifPresent(savedPostings::delete);
		}
	}

	/** The person's saved postings, newest first; those no longer public are left out, closed ones say so. */
	@Transactional(readOnly = true)
	List<SavedPostingView> savedPostings(Long accountId) {
		LocalDate today = LocalDate.now(clock);
		return savedPostings.findByAccountIdOrderBySavedAtDesc(accountId).stream().map(s -> {
			Posting p = s.getPosting();
			PostingView view = PostingView.of(p, today);
			if (!PostingService.readableByThePublic(p, view)) {
				return null;
			}
			return new SavedPostingView(p.getId(), p.getTitle(), p.getOrganizationName(), p.getTown(), view.closeDate(), view.open(),
					s.getSavedAt());
		}).filter(v -> v != null).toList();
	}

	/**
	 * Keeps a search with its filters and alert. The same search saved again changes its name and alert: one row per
	 * search and person.
	 */
	@Transactional
	Long saveSearch(AccountUser seeker, JobQuery query, String name, AlertFrequency alert) {
		String link = normal(query);
		String title = name == null || name.isBlank() ? describe(query) : name.strip();
		Optional<SavedSearch> existing = searches.findByAccountIdAndQuery(seeker.id(), link);
		if (existing.isPresent()) {
			existing.get().rename(title);
			existing.get().alert(alert);
			return existing.get().getId();
		}
		return searches.saveAndFlush(new SavedSearch(seeker.id(), title, link, alert, Instant.now(clock))).getId();
	}

	@Transactional(readOnly = true)
	List<SavedSearchView> searches(Long accountId) {
		return searches.findByAccountIdOrderByCreatedAtDesc(accountId).stream()
			.map(s -> new SavedSearchView(s.getId(), s.getName(), "/jobs" + s.getQuery(), s.getAlert())).toList();
	}

	/** Sets how often the search's new jobs are e-mailed: sent again, it sets the same. */
	@Transactional
	void changeAlert(AccountUser seeker, Long id, AlertFrequency alert) {
		own(seeker, id).alert(alert);
	}

	@Transactional
	void removeSearch(AccountUser seeker, Long id) {
		searches.delete(own(seeker, id));
	}

	/** Stops the alert the link was made for, without a sign-in; the link's signature makes it good for that one search. */
	@Transactional
	String unsubscribe(String token) {
		SavedSearch search = fromToken(token).orElseThrow(() -> new RuleViolation("token", "alerts.unsubscribe.invalid",
				"This link does not work. Open the link in your newest job alert, or sign in and change your saved searches."));
		search.alert(AlertFrequency.NONE);
		return search.getName();
	}

	/** The search an unsubscribe link names, if the link is this deployment's. */
	@Transactional(readOnly = true)
	Optional<SavedSearch> fromToken(String token) {
		if (token == null || !token.matches("[0-9]{1,18}\\.[A-Za-z0-9_-]{20,100}")) {
			return Optional.empty();
		}
		String id = token.substring(0, token.indexOf('.'));
		if (!secrets.signed(UNSUBSCRIBE, id, token.substring(token.indexOf('.') + 1))) {
			return Optional.empty();
		}
		return searches.findById(Long.valueOf(id));
	}

	String unsubscribeToken(Long searchId) {
		return searchId + "." + secrets.sign(UNSUBSCRIBE, searchId.toString());
	}

	/** A name for a search saved without one: its words and place, in the reader's language. */
	private String describe(JobQuery query) {
		Locale locale = LocaleContextHolder.getLocale();
		String words = query.getQ() == null || query.getQ().isBlank() ? null : query.getQ().strip();
		String place = query.getZip() == null || query.getZip().isBlank() ? null : query.getZip().strip();
		String key = words != null ? (place != null ? "saved.search.named.near" : "saved.search.named.words")
				: (place != null ? "saved.search.named.place" : "saved.search.named.all");
		Object[] blanks = words == null ? new Object[] { place } : new Object[] { words, place };
		String name = messages.getMessage(key, blanks, locale);
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	private SavedSearch own(AccountUser seeker, Long id) {
		return searches.findByIdAndAccountId(id, seeker.id()).orElseThrow(() -> new SavedSearchNotFound(id));
	}

	/** The search as it is kept: its query string, on the first page, in a set order. */
	static String normal(JobQuery query) {
		return query.toLink("", 1, null);
	}

	/** Whether the search runs as the search page would run it (a place it knows, for one). */
	boolean runs(JobQuery query) {
		try {
			search.search(query.newest(1), false);
			return true;
		}
		catch (RuleViolation e) {
			return false;
		}
	}

	/** A kept search's query string made a query again (checked as the search page checks it). */
	JobQuery query(String link) {
		JobQuery query = new JobQuery();
		MutablePropertyValues values = new MutablePropertyValues();
		UriComponentsBuilder.fromUriString(link).build().getQueryParams().forEach((name, list) -> values.add(name,
				list.stream().map(v -> URLDecoder.decode(v, StandardCharsets.UTF_8)).toArray(String[]::new)));
		DataBinder binder = new DataBinder(query);
		binder.setValidator(validator);
		binder.bind(values);
		binder.validate();
		if (binder.getBindingResult().hasErrors()) {
			throw new IllegalStateException("A saved search no longer reads as a search: " + link);
		}
		return query;
	}
}
