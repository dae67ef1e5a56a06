package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.recoveryworks.DatabaseTables;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.demo.DataGenerator;
import org.recoveryworks.demo.DemoAccounts;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The sequestered crawl (issue 15): every page, export and API answer that shows anything of a sequestered person goes
 * through the same hiding. In the role crawl's database ({@link CrawlWorld}), a program's coach enrolls a person with
 * a distinctive name, e-mail address, phone, town and ZIP code and attaches a record of every kind: a linked job seeker
 * account (the person's name, e-mail and phone again) with applications shared with the coach, one of them a hire
 * through the job bank, saved jobs, a credential track with an entry waiting for the supervisor, sessions past and
 * coming, a plan in two versions, consents (one with its signed form) and disclosures, a job and its recorded follow-up,
 * a benefits change, a support group meeting, a mentor, a training attended (with its certificate), and an emergency
 * access that is over. Then the coach sequesters the record, and the program's two coaches, its supervisor and an
 * administrator crawl: every GET route they may reach with its path variables filled with the person's records, every
 * route without variables, and every link from there (CSV and PDF exports, calendar files and the JSON API with a
 * personal token included); a route whose variables name no kind of record the person has must be in
 * {@link #NOT_THE_PERSONS}. No answer, of any status, may hold the name (either part), the e-mail address, the phone
 * number (in any of its usual spellings), the town or the ZIP code (as a word, so "near 06380" too), in any case.
 * <p>
 * Town and ZIP code are other people's too in real life; here they are checked anywhere because none of the crawl
 * database's other rows holds them (checked before the person is enrolled), so any that shows is the person's. Nor the
 * name's parts, e-mail or phone. There is no street to check: neither the case record nor the job seeker account holds
 * a person's street address (only organizations, postings and program listings do).
 * <p>
 * The privacy officer, who reads sequestered records by design, and the person, who sees their own, do not crawl.
 */
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:crawl;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
		"spring.datasource.password=" })
class SequesteredCrawlTest extends IntegrationTest {

	static final String FIRST = "Zephyrine";
	static final String LAST = "Ostrowski";
	static final String EMAIL = "zephyrine.ostrowski.q7@example.org";
	static final String PHONE = "(959) 555-0187";
	static final String TOWN = "Taftville";
	static final String ZIP = "06380";

	/** What may not show, and how it is found (case-insensitive). */
	static final Map<String, Pattern> SECRETS = new LinkedHashMap<>();

	static {
		SECRETS.put("first name", Pattern.compile(FIRST, Pattern.CASE_INSENSITIVE));
		SECRETS.put("last name", Pattern.compile(LAST, Pattern.CASE_INSENSITIVE));
		SECRETS.put("e-mail address", Pattern.compile(Pattern.quote(EMAIL), Pattern.CASE_INSENSITIVE));
		SECRETS.put("phone", Pattern.compile("\\(?959\\)?[\\s.\\-]*555[\\s.\\-]*0187"));
		SECRETS.put("town", Pattern.compile("\\b" + TOWN + "\\b", Pattern.CASE_INSENSITIVE));
		SECRETS.put("ZIP code", Pattern.compile("(?<!\\p{Alnum})" + ZIP + "(?!\\p{Alnum})"));
	}

	/**
	 * Where the person may show, being not the case record: nowhere now. (The dev mailbox showed administrators the job
	 * bank's mail to the person; mail to a person whose record is sequestered now shows only that it was sent.) Each
	 * entry would be cut from the route's answers before the check.
	 */
	static final Map<String, Pattern> NOT_THE_RECORD = Map.of();

	/** Routes the crawlers may reach whose path variables name no record of the person's, and why. */
	static final Map<String, String> NOT_THE_PERSONS = Map.ofEntries(
			Map.entry("/admin/organizations/{id}", "organizations"),
			Map.entry("/admin/programs/{id}", "programs"),
			Map.entry("/admin/programs/{id}/edit", "programs"),
			Map.entry("/programs/{id}", "the program finder's listings"),
			Map.entry("/programs/manage/{id}/edit", "the program finder's listings"),
			Map.entry("/programs/manage/fidelity/{programId}/new", "fidelity reviews of programs"),
			Map.entry("/programs/manage/fidelity/{programId}/history", "fidelity reviews of programs"),
			Map.entry("/programs/manage/fidelity/reviews/{id}", "fidelity reviews of programs"),
			Map.entry("/programs/manage/fidelity/reviews/{id}/edit", "fidelity reviews of programs"),
			Map.entry("/programs/manage/fidelity/reviews/{id}/pdf", "fidelity reviews of programs"),
			Map.entry("/credentials/types/{id}/edit", "credential types"),
			Map.entry("/admin/search-words/{id}/edit", "the job search's groups of words"),
			Map.entry("/imports/samples/{kind}.csv", "sample spreadsheets"),
			Map.entry("/calendar/{token}.ics", "the person's own copy of a session, by the secret link in their mail; it names only the coach"),
			Map.entry("/documents/{id}", "the person's uploads to an application: for them and the employer only"));

	/** Query strings for routes that need one. */
	static final Map<String, String> QUERIES = Map.of("/coach/participants/{id}/plan/compare", "?from=1&to=2");

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

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Test
	void aSequesteredRecordShowsNothingOfThePersonOnAnyPageExportOrApiAnswer() throws Exception {
		CrawlWorld world = new CrawlWorld(mvc, jdbc, accounts, tokens, generator, mailbox, clock);
		world.build();
		assertThat(rowsHolding()).as("rows of other people that hold the person's name, contact details, town or ZIP code").isEmpty();

		TestData.Program program = data.program();
		Map<String, Long> ids = recordsOfEveryKind(world, program);
		world.redirects(post("/coach/participants/{id}/sequester", ids.get("participants")).param("confirm", "true")
			.with(user(program.coach())).with(csrf()));
		// An emergency access, over: the supervisor sees the pseudonym again.
		world.redirects(post("/coach/participants/{id}/emergency-access", ids.get("participants"))
			.param("reason", "The person collapsed at work; the ambulance crew asks for an emergency contact.").with(user(program.supervisor()))
			.with(csrf()));
		jdbc.update("update emergency_access set ends_at = ? where participant_id = ?", java.sql.Timestamp.from(clock.instant().minusSeconds(1)),
				ids.get("participants"));

		List<Crawler.Viewer> viewers = List.of(viewer(AccessMatrixTest.Who.COACH, program.coach()),
				viewer(AccessMatrixTest.Who.COACH, program.otherCoach()), viewer(AccessMatrixTest.Who.SUPERVISOR, program.supervisor()),
				world.viewer(AccessMatrixTest.Who.ADMIN, DemoAccounts.ADMIN));
		Crawler crawler = new Crawler(mvc, mappings, RoleCrawlTest.COMPANIONS);
		Set<String> filled = new TreeSet<>();
		Set<String> unfilled = new TreeSet<>();
		for (Crawler.Viewer viewer : viewers) {
			List<String> start = new ArrayList<>(List.of("/home"));
			for (String route : crawler.getRoutes()) {
				if (!AccessMatrixTest.allows(viewer.who(), "GET", route) || RoleCrawlTest.NOT_CRAWLED.containsKey(route)) {
					continue;
				}
				String url = Crawler.hasVariables(route) ? fill(route, ids) : route;
				if (url == null) {
					unfilled.add(route);
				}
				if (url != null) {
					start.add(url + QUERIES.getOrDefault(route, ""));
					if (Crawler.hasVariables(route)) {
						filled.add(route);
					}
				}
			}
			crawler.crawl(viewer, start, route -> AccessMatrixTest.allows(viewer.who(), "GET", route) && !RoleCrawlTest.NOT_CRAWLED.containsKey(route),
					route -> RoleCrawlTest.PER_ROUTE);
		}

		List<String> leaks = new ArrayList<>();
		Set<String> answered = new TreeSet<>();
		for (Crawler.Page page : crawler.pages) {
			if (page.ok()) {
				answered.add(page.pattern());
			}
			String text = checked(page);
			SECRETS.forEach((what, secret) -> {
				Matcher m = secret.matcher(text);
				if (m.find()) {
					leaks.add(page.viewer().name() + " GET " + page.url() + " (" + page.status() + ") shows the " + what + ": …"
							+ text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 40)).replaceAll("\\s+", " ") + "…");
				}
			});
		}
		System.out.printf("Sequestered crawl: %d answers checked (%d routes answered 2xx; %d routes filled with the person's records),"
				+ " by %s%n", crawler.pages.size(), answered.size(), filled.size(), viewers.stream().map(Crawler.Viewer::name).toList());

		// The crawl saw the person's records, under the pseudonym.
		String pseudonym = jdbc.queryForObject("select pseudonym from participant where id = ?", String.class, ids.get("participants"));
		assertThat(crawler.pages).filteredOn(p -> p.ok() && p.text().contains(pseudonym)).hasSizeGreaterThan(20);
		assertThat(unfilled).as("routes with a path variable of no kind of record the person has, not in NOT_THE_PERSONS")
			.isSubsetOf(NOT_THE_PERSONS.keySet());
		assertThat(leaks).as("answers that show the sequestered person").isEmpty();
	}

	/** What of an answer is checked: its body (a PDF's text) and where it redirects, without {@link #NOT_THE_RECORD}. */
	private static String checked(Crawler.Page page) {
		String text = page.text() + "\n" + (page.redirect() == null ? "" : page.redirect());
		Pattern notTheRecord = NOT_THE_RECORD.get(page.pattern());
		return notTheRecord == null ? text : notTheRecord.matcher(text).replaceAll("");
	}

	private Crawler.Viewer viewer(AccessMatrixTest.Who who, AccountUser user) {
		return new Crawler.Viewer(who.name().toLowerCase() + " " + user.email(), who, user, tokens.create(user, "Crawl"));
	}

	/**
	 * The route with each path variable filled with the person's record of the kind the segment before it names, or null
	 * when one is of no kind the person has (another program's fidelity review, say: reached through links, if at all).
	 */
	static String fill(String route, Map<String, Long> ids) {
		String[] parts = route.split("/");
		StringBuilder path = new StringBuilder();
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i];
			if (part.contains("{")) {
				Long id = ids.get(parts[i - 1]);
				if (id == null) {
					return null;
				}
				part = part.replaceAll("\\{[^}]+}", id.toString());
			}
			path.append('/').append(part);
		}
		return path.toString();
	}

	/** Rows of any table with a text column that holds one of the person's details. */
	private List<String> rowsHolding() {
		List<String> found = new ArrayList<>();
		Set<String> tables = Set.copyOf(DatabaseTables.names(jdbc));
		Map<String, List<String>> columns = new LinkedHashMap<>();
		jdbc.query("select table_name, column_name from information_schema.columns where lower(table_schema) = 'public'"
				+ " and (lower(data_type) like '%char%' or lower(data_type) like '%text%' or lower(data_type) like '%clob%')", rs -> {
					if (tables.contains(rs.getString(1).toLowerCase(Locale.ROOT))) {
						columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
					}
				});
		List<String> needles = List.of(FIRST, LAST, EMAIL, "555-0187", TOWN, ZIP);
		columns.forEach((table, cols) -> {
			String where = String.join(" or ", cols.stream().map(c -> "lower(\"" + c + "\") like ?").toList());
			String select = "select " + String.join(", ", cols.stream().map(c -> "\"" + c + "\"").toList()) + " from \"" + table + "\" where "
					+ where;
			for (String needle : needles) {
				// A whole word only: a random token or hash may hold the digits of a ZIP code by chance.
				Pattern word = Pattern.compile("(?<![\\p{Alnum}])" + Pattern.quote(needle.toLowerCase(Locale.ROOT)) + "(?![\\p{Alnum}])");
				Object[] args = cols.stream().map(c -> "%" + needle.toLowerCase(Locale.ROOT) + "%").toArray();
				long n = jdbc.query(select, (rs, i) -> {
					for (int c = 1; c <= cols.size(); c++) {
						String value = rs.getString(c);
						if (value != null && word.matcher(value.toLowerCase(Locale.ROOT)).find()) {
							return true;
						}
					}
					return false;
				}, args).stream().filter(Boolean::booleanValue).count();
				if (n > 0) {
					found.add(table + " holds " + needle + " (" + n + ")");
				}
			}
		});
		return found;
	}

	/**
	 * The person, enrolled on the coach's caseload with their details, and a record of every kind attached to it: the ids
	 * by the route segment that names each kind.
	 */
	private Map<String, Long> recordsOfEveryKind(CrawlWorld world, TestData.Program program) throws Exception {
		LocalDate today = LocalDate.now(clock);
		AccountUser coach = program.coach();
		String location = world.redirects(post("/coach/participants").param("fullName", FIRST + " " + LAST).param("preferredName", FIRST)
			.param("email", EMAIL).param("phone", PHONE).param("town", TOWN).param("zip", ZIP).param("language", "English")
			.param("enrolledOn", today.minusMonths(9).toString()).param("referralSource", "Self").param("employmentStatus", "UNEMPLOYED_LOOKING")
			.param("benefits", "SSDI").param("ownGoals", "Work as a peer specialist again.").with(user(coach)).with(csrf())).getRedirectedUrl();
		Long person = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		Map<String, Long> ids = new LinkedHashMap<>();
		ids.put("participants", person);

		// Their job seeker account, linked to the record; applications shared with the coach, one a hire.
		AccountUser seeker = accounts.registerSeeker(EMAIL, TestData.PASSWORD, FIRST + " " + LAST, PHONE);
		world.redirects(post("/coach/participants/{id}/invite", person).param("email", EMAIL).with(user(coach)).with(csrf()));
		world.redirects(post("/my/coaching/invitations/{id}/accept", person).with(user(seeker)).with(csrf()));
		AccountUser employer = data.employer(true);
		List<Long> postings = new ArrayList<>();
		for (String title : List.of("Peer Support Specialist", "Recovery Coach")) {
			Long posting = jobBank.post(employer.organizationId(), data.posting(title, List.of()), true).id();
			postings.add(posting);
			world.redirects(post("/jobs/{id}/apply", posting).param("fullName", FIRST + " " + LAST).param("email", EMAIL).param("phone", PHONE)
				.with(user(seeker)).with(csrf()));
			Long application = jdbc.queryForObject("select id from job_application where posting_id = ? and seeker_id = ?", Long.class,
					posting, seeker.id());
			world.redirects(post("/my/applications/{id}/share", application).param("share", "true").with(user(seeker)).with(csrf()));
			world.redirects(post("/coach/participants/{id}/jobs/{posting}/save", person, posting).with(user(coach)).with(csrf()));
			ids.put("applications", application);
		}
		ids.put("jobs", postings.get(0));
		world.redirects(post("/employer/applications/{id}/stage", ids.get("applications")).param("stage", "HIRED").with(user(employer))
			.with(csrf()));
		Long typeId = jdbc.queryForObject("select id from credential_type where code = 'CT-RSS'", Long.class);
		world.redirects(post("/credentials").param("typeId", typeId.toString()).with(user(seeker)).with(csrf()));
		Long track = jdbc.queryForObject("select id from credential_track where account_id = ?", Long.class, seeker.id());
		world.redirects(multipart("/credentials/{id}/entries", track).file(new MockMultipartFile("certificate", "certificate.pdf",
				"application/pdf", CrawlWorld.pdf())).param("kind", "TRAINING").param("hours", "12").param("doneOn", today.minusDays(4).toString())
			.param("description", "Recovery coach academy").with(user(seeker)).with(csrf()));
		ids.put("credentials", track);
		ids.put("entries", jdbc.queryForObject("select max(id) from credential_entry where track_id = ?", Long.class, track));

		// Sessions past and coming, a plan in two versions, consents (one with its signed form) and disclosures.
		for (LocalDate on : List.of(today.minusDays(5), today.plusDays(3))) {
			String session = world.redirects(post("/coach/participants/{id}/sessions", person).param("date", on.toString())
				.param("time", "10:00").param("minutes", "45").param("mode", "IN_PERSON").param("kind", "JOB_SEARCH").with(user(coach))
				.with(csrf())).getRedirectedUrl();
			ids.put("sessions", Long.valueOf(session.substring(session.lastIndexOf('/') + 1)));
		}
		for (int base = 0; base < 2; base++) {
			world.redirects(world.plan(post("/coach/participants/{id}/plan", person), base, "Peer specialist, version " + (base + 1))
				.with(user(coach)).with(csrf()));
		}
		world.redirects(multipart("/coach/participants/{id}/consents", person).file(new MockMultipartFile("signedForm", "signed.pdf",
				"application/pdf", CrawlWorld.pdf())).params(world.consent(person, "Pat Doe, vocational rehabilitation"))
			.with(user(coach)).with(csrf()));
		world.redirects(post("/coach/participants/{id}/consents", person).params(world.consent(person, "Lee Chan, housing"))
			.with(user(coach)).with(csrf()));
		for (Long consent : jdbc.queryForList("select id from consent where participant_id = ? order by id", Long.class, person)) {
			ids.putIfAbsent("consents", consent);
			world.redirects(post("/coach/participants/{id}/consents/{c}/disclose", person, consent).param("information", "ENROLLMENT")
				.with(user(coach)).with(csrf()));
		}
		ids.put("disclosures", jdbc.queryForObject("select min(id) from disclosure where participant_id = ?", Long.class, person));

		// A job (its 6-month follow-up recorded) and a benefits change.
		world.redirects(post("/coach/participants/{id}/placements", person).param("jobTitle", "Peer Support Specialist")
			.param("employerName", "Shoreline Recovery Center").param("behavioralHealth", "true").param("peerRole", "true")
			.param("hoursPerWeek", "24").param("hourlyWage", "21.50").param("openToAnyone", "true").param("state", "CT")
			.param("startDate", today.minusMonths(7).toString()).with(user(coach)).with(csrf()));
		Long placement = jdbc.queryForObject("select max(id) from placement where participant_id = ? and employer_name = 'Shoreline Recovery Center'",
				Long.class, person);
		ids.put("placements", placement);
		Long followUp = jdbc.queryForObject("select id from follow_up where placement_id = ? and months = 6", Long.class, placement);
		world.redirects(post("/coach/follow-ups/{f}", followUp).param("reached", "true").param("contactedOn", today.minusDays(1).toString())
			.param("stillEmployed", "true").param("sameJob", "true").param("hoursPerWeek", "24").param("hourlyWage", "22.00")
			.with(user(coach)).with(csrf()));
		ids.put("follow-ups", followUp);
		world.redirects(post("/coach/participants/{id}/benefits", person).param("changedOn", today.minusMonths(2).toString())
			.param("benefit", "SSDI").param("change", "REDUCED").param("reason", "EARNINGS_FROM_WORK").with(user(coach)).with(csrf()));

		// A support group meeting, a mentor, and a training attended.
		String group = world.redirects(post("/coach/groups").param("name", "Thursday circle").param("schedule", "Thursdays 5 pm")
			.with(user(coach)).with(csrf())).getRedirectedUrl();
		world.redirects(post(group + "/meetings").param("heldOn", today.minusDays(2).toString()).param("present", person.toString())
			.with(user(coach)).with(csrf()));
		ids.put("groups", Long.valueOf(group.substring(group.lastIndexOf('/') + 1)));
		world.redirects(post("/coach/mentors").param("name", "Sam Mentor").with(user(coach)).with(csrf()));
		Long mentor = jdbc.queryForObject("select id from peer_mentor where program_id = ?", Long.class, program.id());
		world.redirects(post("/coach/participants/{id}/mentoring", person).param("mentorId", mentor.toString()).with(user(coach)).with(csrf()));
		Long pairing = jdbc.queryForObject("select id from mentoring_pairing where participant_id = ?", Long.class, person);
		world.redirects(post("/coach/mentoring/{p}/meetings", pairing).param("metOn", today.toString()).param("minutes", "30")
			.with(user(coach)).with(csrf()));
		ids.put("mentoring", pairing);
		String training = world.redirects(post("/coach/trainings").param("kind", "WORKSHOP").param("title", "Disclosure at work")
			.param("heldOn", today.minusDays(1).toString()).param("hours", "2").param("audience", "PARTICIPANTS").with(user(coach))
			.with(csrf())).getRedirectedUrl();
		world.redirects(post(training + "/registrations").param("participantId", person.toString()).with(user(coach)).with(csrf()));
		Long registration = jdbc.queryForObject("select id from training_registration where participant_id = ?", Long.class, person);
		world.redirects(post("/coach/trainings/registrations/{r}", registration).param("completed", "true").with(user(coach)).with(csrf()));
		ids.put("trainings", Long.valueOf(training.substring(training.lastIndexOf('/') + 1)));
		ids.put("registrations", registration);
		return ids;
	}
}
