package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.recoveryworks.DatabaseTables;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.demo.DataGenerator;
import org.recoveryworks.demo.DemoAccounts;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The crawl as every role (issue 15). Its database is its own H2 in memory (in the PostgreSQL run of the suite too, like
 * {@code DataGeneratorIntegrationTest}: its generated rows would change other tests' searches and counts), shared with
 * {@link SequesteredCrawlTest}: the demo data, generated data ({@link CrawlWorld#SIZES}) and what {@link CrawlWorld}
 * adds through the forms, so that every kind of record exists at least twice (checked table by table, but for
 * {@link #ONE_OF_A_KIND}).
 * <p>
 * A visitor and a real user of each role (the demo accounts, and the generated program's supervisor) crawl the site:
 * from their home page, every GET route without path variables that the access rules ({@link AccessMatrixTest#RULES})
 * let them reach, and the links in their mail, they follow every same-site link ({@link #PER_ROUTE} per route at most),
 * and ask the JSON API, with a personal API token, about the records their pages show ({@link #COMPANIONS}). Nothing may
 * answer 5xx. Every GET route of the application (read from the handler mappings) must be reached (a 2xx, or a redirect
 * of its own) by some role, or be in {@link #NOT_CRAWLED} with the reason.
 * <p>
 * List pages: a page is taken for a list when its main part holds a {@code <table>} or a {@code <ul>}/{@code <ol>}
 * with an id (the templates give every list of records an id; bullet lists of texts, buttons and navigation have none),
 * or when it is JSON holding an array of objects. This finds no false lists, but it misses lists drawn as a run of
 * boxes (consultations, entries to verify, the mailbox): those are in {@link #LIST_PAGES} by hand. Every route without
 * path variables found so must be in {@link #LIST_PAGES}, with what one of its items looks like, or in
 * {@link #NOT_LISTS} with the reason; every route of {@link #LIST_PAGES} must be seen with an item by some role.
 */
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:crawl;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
		"spring.datasource.password=" })
class RoleCrawlTest extends IntegrationTest {

	/** How many URLs of one route a viewer fetches, at most (start URLs aside). */
	static final int PER_ROUTE = 3;

	/** Tables that are no kind of record the crawl needs twice, and why. */
	static final Map<String, String> ONE_OF_A_KIND = Map.of(
			"deployment_settings", "the site's settings: one row",
			"fidelity_scale", "the IPS fidelity scale the application ships",
			"form_submission", "one-time form tokens, not records (a form sent without one keeps none)",
			"credential_reminder", "which renewal reminders the nightly job mailed, so that none goes twice; no page shows them",
			"event_publication", "reactions to events not yet done (a reaction that ran is removed); no page shows them",
			"rate_limit_bucket", "rate-limit counts, kept in the database only in the cluster profile; no page shows them");

	/** Routes no role crawls, and why. */
	static final Map<String, String> NOT_CRAWLED = Map.of(
			"/error", "the error page: rendered for a request that failed; asked for directly, it answers 500 by design",
			"/alerts/unsubscribe", "a job alert's unsubscribe page: reached from an alert's signed link (SavedJobsIntegrationTest)",
			"/login/code", "the second sign-in step: only in a session whose password step passed (TwoStepSignInIntegrationTest)",
			"/login/code/setup", "setting up two-step sign-in: only in a session whose password step passed (TwoStepSignInIntegrationTest)");

	/** Page routes and the API routes that answer for the same record. */
	static final Map<String, List<String>> COMPANIONS = Map.of(
			"/jobs/{id}", List.of("/api/v1/jobs/{id}"),
			"/coach/participants/{id}", List.of("/api/v1/participants/{id}", "/api/v1/participants/{id}/plan", "/api/v1/participants/{id}/sessions"),
			"/employer/postings/{id}", List.of("/api/v1/employer/postings/{id}", "/api/v1/employer/postings/{id}/applications"),
			"/employer/postings/{id}/applications", List.of("/api/v1/employer/postings/{id}/applications"));

	/** A table body row (a table's header row is in its head). */
	private static final Pattern ROW = Pattern.compile("<tbody[^>]*>\\s*<tr");
	/** An item of a JSON list. */
	private static final Pattern JSON_ITEM = Pattern.compile("\\[\\s*\\{");

	private static Pattern itemOf(String listId) {
		return Pattern.compile("id=\"" + listId + "\"[^>]*>\\s*<li");
	}

	private static Pattern css(String cssClass) {
		return Pattern.compile("class=\"(?:[^\"]*\\s)?" + cssClass + "(?:\\s[^\"]*)?\"");
	}

	/**
	 * List pages and what one of their items looks like, in the page's main part. Some with path variables too (the
	 * rule above only finds those without), and some drawn as a run of boxes that the rule does not find.
	 */
	static final Map<String, Pattern> LIST_PAGES = new LinkedHashMap<>();

	static {
		// The job bank.
		LIST_PAGES.put("/jobs", itemOf("result-list"));
		LIST_PAGES.put("/api/v1/jobs", JSON_ITEM);
		LIST_PAGES.put("/programs", itemOf("program-list"));
		LIST_PAGES.put("/my/applications", itemOf("applications"));
		LIST_PAGES.put("/my/profile", itemOf("work-list"));
		LIST_PAGES.put("/my/saved", itemOf("saved-jobs"));
		LIST_PAGES.put("/employer/postings", ROW);
		LIST_PAGES.put("/employer/postings/{id}/applications", ROW);
		LIST_PAGES.put("/api/v1/employer/postings", JSON_ITEM);
		LIST_PAGES.put("/api/v1/employer/postings/{id}/applications", JSON_ITEM);
		// Coaching.
		LIST_PAGES.put("/coach", ROW);
		LIST_PAGES.put("/api/v1/participants", JSON_ITEM);
		LIST_PAGES.put("/api/v1/participants/{id}/sessions", JSON_ITEM);
		LIST_PAGES.put("/coach/participants/{id}/consents", css("consent"));
		LIST_PAGES.put("/coach/participants/{id}/disclosures", ROW);
		LIST_PAGES.put("/coach/groups", itemOf("groups"));
		LIST_PAGES.put("/coach/groups/{id}", itemOf("meetings"));
		LIST_PAGES.put("/coach/mentors", itemOf("mentors"));
		LIST_PAGES.put("/coach/trainings", itemOf("events"));
		LIST_PAGES.put("/coach/trainings/{id}", ROW);
		LIST_PAGES.put("/coach/consultations", css("consultation"));
		LIST_PAGES.put("/reports/program-results/people", itemOf("people"));
		LIST_PAGES.put("/my/coaching", itemOf("my-sessions"));
		LIST_PAGES.put("/my/coaching/consents", ROW);
		LIST_PAGES.put("/my/coaching/jobs", itemOf("saved-jobs"));
		// Credentials, programs, staff, accounts.
		LIST_PAGES.put("/credentials", css("usa-card"));
		LIST_PAGES.put("/credentials/verify", Pattern.compile("id=\"entry-\\d+\""));
		LIST_PAGES.put("/credentials/types", ROW);
		LIST_PAGES.put("/programs/manage", ROW);
		LIST_PAGES.put("/programs/manage/fidelity", ROW);
		LIST_PAGES.put("/programs/manage/fidelity/{programId}/history", ROW);
		LIST_PAGES.put("/staff", ROW);
		LIST_PAGES.put("/employer/team", ROW);
		LIST_PAGES.put("/coach/tokens", ROW);
		LIST_PAGES.put("/employer/tokens", ROW);
		// Administration and privacy.
		LIST_PAGES.put("/admin/organizations", ROW);
		LIST_PAGES.put("/admin/programs", ROW);
		LIST_PAGES.put("/admin/staff", ROW);
		LIST_PAGES.put("/admin/search-words", ROW);
		LIST_PAGES.put("/admin/mailbox", Pattern.compile("id=\"mail-\\d+\""));
		LIST_PAGES.put("/admin/texts", ROW);
		LIST_PAGES.put("/privacy/audit", ROW);
		LIST_PAGES.put("/privacy/sequestered", ROW);
	}

	/** Routes whose pages hold a table or a list with an id that is no list of records, and why. */
	static final Map<String, String> NOT_LISTS = Map.of(
			"/statistics", "the job bank's figures: every row is shown, zero or not",
			"/reports/program-results", "a report: tables of figures, every row shown, zero or not",
			"/reports/quarterly", "a report: tables of figures, every row shown, zero or not",
			"/reports/activity", "a report: tables of figures, every row shown, zero or not",
			"/api/v1/reports/program-results", "a report's figures",
			"/api/v1/reports/quarterly", "a report's figures, quarter by quarter",
			"/my/coaching/plan/compare", "two versions of one plan side by side (its steps in a table)",
			"/my/coaching/plan/print", "one plan to print (its steps in a table)",
			"/my/data.json", "everything the site keeps about the person, for them to take away",
			"/v3/api-docs", "the OpenAPI description of the API");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataGenerator generator;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	DevMailbox mailbox;

	@Test
	void everyRoleReachesEveryPageWithoutA5xxAndEveryListPageListsSomething() throws Exception {
		long started = System.nanoTime();
		CrawlWorld world = new CrawlWorld(mvc, jdbc, accounts, tokens, generator, mailbox, clock);
		world.build();
		long built = System.nanoTime();
		List<Crawler.Viewer> viewers = List.of(Crawler.Viewer.anonymous(), world.viewer(AccessMatrixTest.Who.SEEKER, DemoAccounts.SEEKER),
				world.viewer(AccessMatrixTest.Who.EMPLOYER, DemoAccounts.EMPLOYER), world.viewer(AccessMatrixTest.Who.COACH, DemoAccounts.COACH),
				world.viewer(AccessMatrixTest.Who.SUPERVISOR, DemoAccounts.SUPERVISOR),
				world.viewer(AccessMatrixTest.Who.SUPERVISOR, "supervisor." + CrawlWorld.LABEL.toLowerCase() + "@generated.example.org"),
				world.viewer(AccessMatrixTest.Who.ADMIN, DemoAccounts.ADMIN),
				world.viewer(AccessMatrixTest.Who.PRIVACY_OFFICER, DemoAccounts.PRIVACY_OFFICER));
		Map<String, Long> rows = DatabaseTables.counts(jdbc);
		rows.keySet().removeAll(ONE_OF_A_KIND.keySet());
		rows.values().removeIf(n -> n >= 2);
		assertThat(rows).as("kinds of record the crawl database holds fewer than two of").isEmpty();

		Crawler crawler = new Crawler(mvc, mappings, COMPANIONS);
		Map<String, Integer> perViewer = new LinkedHashMap<>();
		for (Crawler.Viewer viewer : viewers) {
			List<String> start = new ArrayList<>(List.of("/home", "/"));
			start.addAll(world.starts(viewer));
			for (String route : crawler.getRoutes()) {
				if (!Crawler.hasVariables(route) && AccessMatrixTest.allows(viewer.who(), "GET", route) && !NOT_CRAWLED.containsKey(route)
						&& !start.contains(route)) {
					start.add(route);
				}
			}
			// The public pages are the visitors' and job seekers'; for the others one of each is enough.
			boolean publicOnce = viewer.who() != AccessMatrixTest.Who.ANONYMOUS && viewer.who() != AccessMatrixTest.Who.SEEKER;
			List<Crawler.Page> pages = crawler.crawl(viewer, start,
					route -> AccessMatrixTest.allows(viewer.who(), "GET", route) && !NOT_CRAWLED.containsKey(route),
					route -> publicOnce && AccessMatrixTest.allows(AccessMatrixTest.Who.ANONYMOUS, "GET", route) ? 1 : PER_ROUTE);
			perViewer.put(viewer.name(), pages.size());
		}

		List<String> failures = new ArrayList<>();
		Set<String> reached = new TreeSet<>();
		Map<String, Set<String>> nonEmpty = new TreeMap<>();
		Set<String> unclassifiedLists = new TreeSet<>();
		for (Crawler.Page page : crawler.pages) {
			if (page.status() >= 500 || page.error() != null) {
				failures.add(page.viewer().name() + " GET " + page.url() + ": " + page.status() + (page.error() == null ? "" : " " + page.error()));
			}
			if (page.handled() && page.status() < 400) {
				reached.add(page.pattern());
			}
			if (!page.ok()) {
				continue;
			}
			String main = Crawler.main(page);
			Pattern item = LIST_PAGES.get(page.pattern());
			if (item != null && item.matcher(main).find()) {
				nonEmpty.computeIfAbsent(page.pattern(), k -> new TreeSet<>()).add(page.viewer().who().name());
			}
			boolean looksLikeAList = page.html() ? Pattern.compile("<table|<[uo]l[^>]* id=\"").matcher(main).find()
					: page.json() && JSON_ITEM.matcher(main).find();
			if (looksLikeAList && !Crawler.hasVariables(page.pattern()) && item == null && !NOT_LISTS.containsKey(page.pattern())) {
				unclassifiedLists.add(page.pattern() + " " + listIds(main));
			}
		}
		Set<String> unreached = new TreeSet<>(crawler.getRoutes());
		unreached.removeAll(reached);
		unreached.removeAll(NOT_CRAWLED.keySet());
		Set<String> emptyLists = new TreeSet<>(LIST_PAGES.keySet());
		emptyLists.removeAll(nonEmpty.keySet());

		long done = System.nanoTime();
		System.out.printf("Role crawl: %d of %d GET routes reached, %d pages fetched in %d s (the database built in %d s)%n", reached.size(),
				crawler.getRoutes().size(), crawler.pages.size(), (done - built) / 1_000_000_000, (built - started) / 1_000_000_000);
		perViewer.forEach((viewer, n) -> System.out.printf("  %-60s %4d pages%n", viewer, n));
		System.out.printf("  list pages seen with items: %d of %d: %s%n", nonEmpty.size(), LIST_PAGES.size(), nonEmpty);

		org.assertj.core.api.SoftAssertions.assertSoftly(softly -> {
			softly.assertThat(failures).as("pages that failed").isEmpty();
			softly.assertThat(unreached).as("GET routes no role reached, and not in NOT_CRAWLED").isEmpty();
			softly.assertThat(NOT_CRAWLED.keySet()).as("NOT_CRAWLED names routes that exist").isSubsetOf(crawler.getRoutes());
			softly.assertThat(unclassifiedLists).as("pages with a table or a list that are in neither LIST_PAGES nor NOT_LISTS").isEmpty();
			softly.assertThat(emptyLists).as("list pages no role saw with an item").isEmpty();
		});
	}

	/** The ids of a page's lists, to say which list an unclassified page holds. */
	private static List<String> listIds(String main) {
		List<String> ids = new ArrayList<>();
		var m = Pattern.compile("<(table|[uo]l)\\b([^>]*)>").matcher(main);
		while (m.find()) {
			var id = Pattern.compile("id=\"([^\"]+)\"").matcher(m.group(2));
			ids.add(m.group(1) + (id.find() ? "#" + id.group(1) : ""));
		}
		return ids;
	}
}
