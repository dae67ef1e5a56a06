package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.jobs.JobBank;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The per-record half of the access matrix: every route that names a record (read from the handler
 * mappings) is tried, with the records of one program, employer and job seeker, by the coach, the
 * supervisor, the employer and the job seeker of another: each gets "not found" or "forbidden", and
 * nothing changes. Each such route must be classified in {@link #RECORDS} (or declared public or
 * global); an unclassified route fails the test.
 */
class PerRecordAccessTest extends IntegrationTest {

	/** A route pattern and the record kind its first path variable names; later variables come from {@link #VALUES}. */
	record Owned(String pattern, String kind) {
	}

	/** Routes whose records are another program's, employer's or person's: first match wins. */
	static final List<Owned> RECORDS = List.of(
			new Owned("/coach/tokens/**", "token"),
			new Owned("/employer/tokens/**", "token"),
			new Owned("/coach/participants/*/consents/*/**", "participant"),
			new Owned("/coach/participants/*/disclosures/*", "participant"),
			new Owned("/coach/participants/**", "participant"),
			new Owned("/api/v1/participants/**", "participant"),
			new Owned("/coach/sessions/**", "session"),
			new Owned("/coach/placements/**", "placement"),
			new Owned("/coach/follow-ups/**", "followUp"),
			new Owned("/coach/groups/**", "group"),
			new Owned("/coach/mentoring/**", "pairing"),
			new Owned("/coach/trainings/registrations/**", "registration"),
			new Owned("/coach/trainings/**", "training"),
			new Owned("/coach/consultations/**", "consultation"),
			new Owned("/credentials/verify/entries/**", "entry"),
			new Owned("/credentials/verify/tracks/**", "track"),
			new Owned("/credentials/entries/**", "entry"),
			new Owned("/credentials/requests/**", "share"),
			new Owned("/credentials/applications/**", "application"),
			new Owned("/documents/**", "document"),
			new Owned("/employer/applications/**", "application"),
			new Owned("/employer/team/members/**", "teamMember"),
			new Owned("/employer/team/invitations/**", "teamInvitation"),
			new Owned("/staff/members/**", "member"),
			new Owned("/staff/invitations/**", "invitation"),
			new Owned("/employer/postings/**", "posting"),
			new Owned("/api/v1/employer/postings/**", "posting"),
			new Owned("/my/applications/**", "application"),
			new Owned("/my/profile/experience/**", "work"),
			new Owned("/my/searches/**", "search"),
			new Owned("/my/profile/schooling/**", "schooling"),
			new Owned("/my/coaching/consents/**", "consent"),
			new Owned("/my/coaching/invitations/**", "participant"),
			new Owned("/my/coaching/sessions/**", "session"),
			new Owned("/my/coaching/jobs/**", "posting"),
			new Owned("/my/coaching/plan/**", "planNumber"),
			new Owned("/programs/manage/fidelity/reviews/**", "review"),
			new Owned("/programs/manage/fidelity/**", "listing"),
			new Owned("/programs/manage/**", "listing"),
			new Owned("/credentials/*/**", "track"),
			new Owned("/credentials/*", "track"));

	/**
	 * Routes that name a record but are not kept per program, employer or person: public pages,
	 * secret-token links, and what the administrator or privacy officer keep for everyone.
	 */
	static final List<String> NOT_PER_RECORD = List.of("/jobs/*", "/jobs/*/apply", "/jobs/*/save", "/api/v1/jobs/*", "/programs/*",
			"/calendar/*", "/imports/samples/*", "/api/v1/imports/*", "/admin/**", "/privacy/**", "/credentials/types/**");

	/** Values of the later path variables: not record ids. */
	static final Map<String, String> VALUES = Map.of("change", "save", "answer", "accept", "kind", "participants");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Autowired
	JdbcTemplate jdbc;

	private Long insert(String table, Map<String, Object> values) {
		return new SimpleJdbcInsert(jdbc).withTableName(table).usingGeneratedKeyColumns("id").usingColumns(values.keySet().toArray(String[]::new))
			.executeAndReturnKey(values).longValue();
	}

	private static Map<String, Object> row(Object... pairs) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			row.put((String) pairs[i], pairs[i + 1]);
		}
		return row;
	}

	/** One program, employer and job seeker, with a record of every kind. */
	private Map<String, Long> records(TestData.Program program, AccountUser employer, AccountUser seeker) throws Exception {
		Map<String, Long> ids = new LinkedHashMap<>();
		Timestamp now = Timestamp.from(Instant.now(clock));
		Date today = Date.valueOf(LocalDate.now(clock));
		Long posting = jobBank.post(employer.organizationId(), data.posting("Owned posting", List.of()), true).id();
		ids.put("posting", posting);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/jobs/{id}/apply", posting)
			.param("fullName", "Owner Seeker").param("email", seeker.email()).with(user(seeker)).with(csrf()));
		Long application = jdbc.queryForObject("select id from job_application where posting_id = ? and seeker_id = ?", Long.class, posting,
				seeker.id());
		ids.put("application", application);
		ids.put("document", insert("application_document", row("application_id", application, "kind", "RESUME", "file_name", "r.pdf",
				"content_type", "application/pdf", "size_bytes", 10L, "storage_key", "00000000-0000-0000-0000-000000000000")));
		String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/coach/participants")
			.param("fullName", "Owned Participant").param("town", "Middletown").param("enrolledOn", LocalDate.now(clock).toString())
			.param("employmentStatus", "UNEMPLOYED_LOOKING").param("benefits", "SSI").with(user(program.coach())).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		Long participant = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		ids.put("participant", participant);
		jdbc.update("update participant set seeker_account_id = ? where id = ?", seeker.id(), participant);
		ids.put("session", insert("coaching_session", row("participant_id", participant, "coach_id", program.coach().id(), "starts_at", now,
				"minutes", 60, "mode", "IN_PERSON", "kind", "JOB_SEARCH", "version", 0L)));
		Long placement = insert("placement", row("participant_id", participant, "status", "CONFIRMED", "employer_name", "Acme",
				"job_title", "Clerk", "behavioral_health", false, "peer_role", false, "full_time", false, "health_insurance", false,
				"paid_leave", false, "retirement", false, "open_to_anyone", true, "state", "CT", "competitive", true, "start_date", today,
				"via_job_bank", false, "created_at", now, "version", 0L));
		ids.put("placement", placement);
		ids.put("followUp", insert("follow_up", row("placement_id", placement, "participant_id", participant, "months", 6, "due_on", today,
				"outcome", "DUE", "version", 0L)));
		ids.put("group", insert("support_group", row("program_id", program.id(), "name", "Owned group", "created_at", now)));
		Long mentor = insert("peer_mentor", row("program_id", program.id(), "name", "Owned mentor", "created_at", now));
		ids.put("pairing", insert("mentoring_pairing", row("participant_id", participant, "mentor_id", mentor, "started_on", today,
				"version", 0L)));
		Long training = insert("training_event", row("program_id", program.id(), "kind", "WORKSHOP", "title", "Owned training",
				"held_on", today, "hours", new java.math.BigDecimal("2"), "audience", "PARTICIPANTS", "created_at", now));
		ids.put("training", training);
		ids.put("registration", insert("training_registration", row("event_id", training, "participant_id", participant,
				"attendee_name", "Owned Participant", "registered_at", now, "attended", false, "version", 0L)));
		ids.put("consultation", insert("employer_consultation", row("program_id", program.id(), "employer_name", "Acme", "held_on", today,
				"topics", "Hiring", "follow_up_done", false, "created_by", program.coach().id(), "created_at", now)));
		Long type = jdbc.queryForObject("select min(id) from credential_type", Long.class);
		Long track = insert("credential_track", row("account_id", program.coach().id(), "type_id", type, "created_at", now, "version", 0L));
		ids.put("track", track);
		ids.put("entry", insert("credential_entry", row("track_id", track, "kind", "EDUCATION", "done_on", today, "description",
				"Owned entry", "status", "PENDING", "created_at", now, "version", 0L)));
		ids.put("share", insert("credential_share", row("application_id", application, "seeker_account_id", seeker.id(),
				"employer_organization_id", employer.organizationId(), "requested_by", employer.id(), "requested_at", now, "version", 0L)));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/coach/participants/{id}/consents", participant)
			.param("discloser", "Program").param("information", "ENROLLMENT").param("description", "Dates").param("recipientName", "Pat Doe")
			.param("purpose", "Planning").param("expiresOn", LocalDate.now(clock).plusMonths(3).toString()).param("signedBy", "Owned Participant")
			.param("signedOn", LocalDate.now(clock).toString()).param("toldRightToRevoke", "true").with(user(program.coach())).with(csrf()));
		Long consent = jdbc.queryForObject("select max(id) from consent where participant_id = ?", Long.class, participant);
		ids.put("consent", consent);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/coach/participants/{id}/consents/{c}/disclose", participant, consent).param("information", "ENROLLMENT")
			.with(user(program.coach())).with(csrf()));
		ids.put("disclosure", jdbc.queryForObject("select max(id) from disclosure where participant_id = ?", Long.class, participant));
		Long listing = insert("program_listing", row("name", "Owned listing", "kind", "IPS_SUPPORTED_EMPLOYMENT", "services", "JOB_SEARCH", "languages", "English",
				"town", "Middletown", "zip", "06457", "latitude", 41.56, "longitude", -72.65, "confirmed_on", today, "organization_id", program.id(), "created_at", now, "version", 0L));
		ids.put("listing", listing);
		ids.put("review", insert("fidelity_review", row("program_id", listing, "scale_id",
				jdbc.queryForObject("select min(id) from fidelity_scale", Long.class), "reviewed_on", today, "reviewers", "Owner",
				"created_by", program.supervisor().id(), "created_at", now, "version", 0L)));
		ids.put("planNumber", 1L);
		ids.put("member", program.coach().id());
		ids.put("teamMember", employer.id());
		ids.put("invitation", insert("invitation", row("token_hash", "1".repeat(48) + Long.toHexString(System.nanoTime()), "email",
				"owned" + System.nanoTime() + "@example.org", "role", "COACH", "organization_id", program.id(), "invited_by",
				program.supervisor().id(), "created_at", now, "expires_at", Timestamp.from(Instant.now(clock).plusSeconds(86_400)))));
		ids.put("teamInvitation", insert("invitation", row("token_hash", "2".repeat(48) + Long.toHexString(System.nanoTime()), "email",
				"owned" + System.nanoTime() + "@example.org", "role", "EMPLOYER", "organization_id", employer.organizationId(), "invited_by",
				employer.id(), "created_at", now, "expires_at", Timestamp.from(Instant.now(clock).plusSeconds(86_400)))));
		ids.put("token", insert("api_token", row("user_id", program.supervisor().id(), "name", "Owned token", "token_hash",
				"0".repeat(48) + Long.toHexString(System.nanoTime()), "hint", "rw_abc", "created_at", now)));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/my/profile/experience").param("title", "Cashier")
			.param("employer", "Park Street Market").with(user(seeker)).with(csrf()));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/my/profile/schooling")
			.param("school", "Bassick High School").with(user(seeker)).with(csrf()));
		ids.put("work", jdbc.queryForObject("select w.id from seeker_work w join seeker_profile p on p.id = w.profile_id where p.account_id = ?",
				Long.class, seeker.id()));
		ids.put("schooling", jdbc.queryForObject(
				"select s.id from seeker_schooling s join seeker_profile p on p.id = s.profile_id where p.account_id = ?", Long.class, seeker.id()));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/my/searches").param("q", "owned search")
			.with(user(seeker)).with(csrf()));
		ids.put("search", jdbc.queryForObject("select id from saved_search where account_id = ?", Long.class, seeker.id()));
		return ids;
	}

	/** The path, each variable filled: the first with the record of its kind, the rest from {@link #VALUES} or the same records. */
	private static String fill(String pattern, String kind, Map<String, Long> ids) {
		StringBuilder path = new StringBuilder();
		boolean first = true;
		String[] parts = pattern.split("/");
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i];
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(part);
			if (m.find()) {
				String name = m.group(1);
				String value;
				if (VALUES.containsKey(name)) {
					value = VALUES.get(name);
				}
				else if (first) {
					value = String.valueOf(ids.get(kind));
				}
				else {
					String later = name.replace("Id", "");
					value = String.valueOf(ids.getOrDefault(later, ids.get(kind)));
				}
				first = false;
				part = m.replaceFirst(value);
			}
			path.append('/').append(part);
		}
		return path.toString();
	}

	/** What the route answers for a record that does not exist: another's record must look the same. */
	private static String nonexistent(String path) {
		return path.replaceAll("/\\d+(?=/|$|\\.)", "/999999999");
	}

	private static String answer(MockHttpServletResponse r) {
		return r.getStatus() + " " + (r.getRedirectedUrl() == null ? "" : r.getRedirectedUrl().replaceAll("\\d+", "N"));
	}

	@Test
	void anotherProgramsEmployersOrPersonsRecordsAreNotFound() throws Exception {
		TestData.Program ownProgram = data.program();
		Map<String, Long> ids = records(ownProgram, data.employer(true), data.seeker());
		TestData.Program otherProgram = data.program();
		Map<AccessMatrixTest.Who, AccountUser> others = new LinkedHashMap<>();
		others.put(AccessMatrixTest.Who.COACH, otherProgram.coach());
		others.put(AccessMatrixTest.Who.SUPERVISOR, otherProgram.supervisor());
		others.put(AccessMatrixTest.Who.EMPLOYER, data.employer(true));
		others.put(AccessMatrixTest.Who.SEEKER, data.seeker());
		// The own program's other coach is "another caseload".
		AccountUser otherCaseload = ownProgram.otherCoach();

		AntPathMatcher paths = new AntPathMatcher();
		Set<String> unclassified = new TreeSet<>();
		List<String> leaks = new ArrayList<>();
		int tried = 0;
		for (var e : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods().isEmpty() ? Set.of(RequestMethod.GET)
					: e.getKey().getMethodsCondition().getMethods();
			for (String pattern : e.getKey().getPatternValues()) {
				if (!pattern.contains("{")) {
					continue;
				}
				String probe = pattern.replaceAll("\\{[^}]+}", "1");
				if (NOT_PER_RECORD.stream().anyMatch(p -> paths.match(p, probe))) {
					continue;
				}
				Owned owned = RECORDS.stream().filter(o -> paths.match(o.pattern(), probe)).findFirst().orElse(null);
				if (owned == null) {
					unclassified.add(pattern);
					continue;
				}
				String path = fill(pattern, owned.kind(), ids);
				for (RequestMethod method : methods) {
					List<AccountUser> tryAs = new ArrayList<>();
					for (var other : others.entrySet()) {
						if (AccessMatrixTest.allows(other.getKey(), method.name(), probe)) {
							tryAs.add(other.getValue());
						}
					}
					if (probe.startsWith("/coach/participants/") || probe.startsWith("/coach/sessions/") || probe.startsWith("/api/v1/participants/")) {
						tryAs.add(otherCaseload);
					}
					for (AccountUser who : tryAs) {
						tried++;
						Map<String, Integer> before = method == RequestMethod.GET ? null : org.recoveryworks.DatabaseTables.contents(jdbc);
						MockHttpServletResponse r = mvc.perform(request(HttpMethod.valueOf(method.name()), path).with(user(who)).with(csrf()))
							.andReturn().getResponse();
						if (before != null && !before.equals(org.recoveryworks.DatabaseTables.contents(jdbc))) {
							Map<String, Integer> after = org.recoveryworks.DatabaseTables.contents(jdbc);
							leaks.add(method + " " + path + " as " + who.role() + " " + who.email() + " changed "
									+ after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).toList());
						}
						if (r.getStatus() != 404 && r.getStatus() != 403) {
							// Not "not found": then it must answer exactly as for a record that does not exist (a form's
							// missing fields, say), so that it says nothing about the record.
							MockHttpServletResponse none = mvc.perform(request(HttpMethod.valueOf(method.name()), nonexistent(path))
								.with(user(who)).with(csrf())).andReturn().getResponse();
							if (!answer(r).equals(answer(none))) {
								leaks.add(method + " " + path + " as " + who.role() + " " + who.email() + ": " + answer(r) + " (a missing record: "
										+ answer(none) + ")");
							}
						}
					}
				}
			}
		}
		assertThat(unclassified).as("routes naming a record that this test does not classify").isEmpty();
		assertThat(tried).isGreaterThan(100);
		assertThat(leaks).as("other programs', employers' or people's records reached").isEmpty();
	}
}
