package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.shared.FormSubmissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route that creates something (read from the handler mappings: a route no rule below classifies fails the
 * test), sent twice at once and then once more in a row, the way a double click and a resend after a lost answer
 * send it: one row is created, and every answer leads to the same place. The forms are taken from the pages a person
 * sees (so the one-time token a page puts in each form is the one sent), filled the way a person would fill them.
 * The API's creating calls are sent with an Idempotency-Key. Routes that change an existing record instead are
 * listed with what guards them; the transition sweep tries their moves.
 */
class DoubleSubmitSweepTest extends IntegrationTest {

	/** How a route that changes something is kept from doing it twice. */
	enum Guard {
		/** Creates a row: swept here. */
		SWEPT,
		/** Changes an existing record through its allowed moves; a repeat is refused or changes nothing. */
		STATE_MOVE,
		/** Edits a record: a repeat writes the same values again (with the edit-conflict check where there is one). */
		EDIT,
		/** Sets a flag, a date or an owner to what the request says (shared or not, saved or not, who coaches): sent again, it sets the same. */
		SETS,
		/** Replaces what there was (settings, keys, codes), so a repeat leaves one. */
		REPLACES,
		/** Sign-in steps, registration and account closing, guarded by their own one-time rules and one account per address. */
		ACCOUNT,
		/** Imports: each row carries the spreadsheet's own id (unique per participant), so a second import updates, never adds. */
		KEYED,
		/** Deletes the record the address names: sent again, there is nothing to delete and the answer says so (404). */
		REMOVES
	}

	record Route(String method, String pattern, Guard guard) {
	}

	static Route swept(String pattern) {
		return new Route("POST", pattern, Guard.SWEPT);
	}

	static Route route(String pattern, Guard guard) {
		return new Route("POST", pattern, guard);
	}

	static final List<Route> ROUTES = List.of(
			// Accounts.
			swept("/employer/tokens"), swept("/coach/tokens"), route("/employer/tokens/{id}/revoke", Guard.STATE_MOVE),
			route("/coach/tokens/{id}/revoke", Guard.STATE_MOVE), route("/my/account/close", Guard.ACCOUNT),
			route("/password/forgot", Guard.REPLACES), route("/password/reset", Guard.ACCOUNT), route("/register/employer", Guard.ACCOUNT),
			route("/register/seeker", Guard.ACCOUNT), route("/register/confirm", Guard.ACCOUNT), route("/account/two-step/recovery-codes", Guard.REPLACES), route("/login/code", Guard.ACCOUNT),
			route("/login/code/setup", Guard.ACCOUNT),
			// Administration.
			swept("/admin/programs"), route("/admin/programs/{id}/edit", Guard.EDIT), route("/admin/organizations/{id}/refuse", Guard.STATE_MOVE),
			route("/admin/organizations/{id}/verify", Guard.STATE_MOVE), route("/employer/profile", Guard.EDIT),
			route("/invitations/accept", Guard.ACCOUNT), route("/admin/setup", Guard.REPLACES),
			route("/admin/programs/{orgId}/members/{id}/move", Guard.SETS), route("/staff/members/{id}/caseload", Guard.SETS),
			swept("/admin/programs/{orgId}/invitations"), swept("/admin/staff/invitations"), swept("/staff/invitations"),
			swept("/employer/team/invitations"), route("/admin/programs/{orgId}/invitations/{id}/withdraw", Guard.STATE_MOVE),
			route("/admin/staff/invitations/{id}/withdraw", Guard.STATE_MOVE), route("/staff/invitations/{id}/withdraw", Guard.STATE_MOVE),
			route("/employer/team/invitations/{id}/withdraw", Guard.STATE_MOVE),
			route("/admin/programs/{orgId}/members/{id}/deactivate", Guard.STATE_MOVE),
			route("/admin/staff/members/{id}/deactivate", Guard.STATE_MOVE), route("/staff/members/{id}/deactivate", Guard.STATE_MOVE),
			route("/employer/team/members/{id}/deactivate", Guard.STATE_MOVE), route("/employer/team/members/{id}/role", Guard.EDIT), route("/admin/programs/{orgId}/members/{id}/role", Guard.EDIT),
			route("/admin/staff/members/{id}/role", Guard.EDIT), route("/staff/members/{id}/role", Guard.EDIT),
			route("/admin/programs/{orgId}/members/{id}/two-step", Guard.STATE_MOVE),
			route("/admin/staff/members/{id}/two-step", Guard.STATE_MOVE),
			swept("/admin/search-words"), route("/admin/search-words/{id}", Guard.EDIT), route("/admin/search-words/{id}/delete", Guard.REMOVES),
			// The audit trail.
			route("/privacy/audit/verify", Guard.REPLACES), route("/privacy/audit/checkpoint", Guard.REPLACES),
			// Coaching.
			swept("/coach/participants"), route("/coach/participants/{id}", Guard.EDIT), route("/coach/participants/{id}/discharge", Guard.STATE_MOVE),
			route("/coach/participants/{id}/invite", Guard.REPLACES), route("/coach/participants/{id}/jobs/{postingId}/{change}", Guard.SETS),
			route("/coach/participants/{id}/plan", Guard.EDIT), route("/coach/participants/{id}/reenroll", Guard.STATE_MOVE),
			swept("/coach/participants/{id}/sessions"), route("/coach/participants/{id}/transfer", Guard.SETS),
			route("/coach/sessions/{id}", Guard.EDIT), route("/coach/sessions/{id}/cancel", Guard.STATE_MOVE),
			swept("/coach/participants/{id}/consents"), swept("/coach/participants/{id}/consents/{consentId}/disclose"),
			route("/coach/participants/{id}/consents/{consentId}/revoke", Guard.STATE_MOVE),
			route("/my/coaching/consents/{consentId}/revoke", Guard.STATE_MOVE), swept("/coach/consultations"),
			route("/coach/consultations/{id}/followed-up", Guard.STATE_MOVE), swept("/coach/groups"), swept("/coach/groups/{id}/meetings"),
			route("/coach/mentoring/{pairingId}/end", Guard.STATE_MOVE), swept("/coach/mentoring/{pairingId}/meetings"),
			swept("/coach/mentors"), swept("/coach/participants/{id}/mentoring"),
			route("/my/coaching/invitations/{participantId}/{answer}", Guard.STATE_MOVE),
			route("/my/coaching/jobs/{postingId}/{change}", Guard.SETS), route("/my/coaching/plan", Guard.EDIT),
			route("/my/coaching/plan/{number}/agree", Guard.STATE_MOVE), route("/my/coaching/unlink", Guard.STATE_MOVE),
			swept("/coach/participants/{id}/emergency-access"), route("/coach/participants/{id}/sequester", Guard.STATE_MOVE),
			route("/privacy/emergency-access/{id}/reviewed", Guard.STATE_MOVE), route("/privacy/sequestered/{id}/lift", Guard.STATE_MOVE),
			swept("/coach/curricula"), swept("/coach/trainings"), route("/coach/trainings/registrations/{registrationId}", Guard.SETS),
			swept("/coach/trainings/{id}/registrations"),
			// Credentials.
			swept("/credentials/applications/{applicationId}/request"), swept("/credentials/types"),
			route("/credentials/types/{id}", Guard.EDIT), swept("/credentials"), route("/credentials/entries/{entryId}/remove", Guard.STATE_MOVE),
			route("/credentials/requests/{id}", Guard.SETS), route("/credentials/verify/entries/{entryId}", Guard.STATE_MOVE),
			route("/credentials/verify/tracks/{trackId}/promote", Guard.STATE_MOVE), swept("/credentials/{id}/entries"),
			route("/credentials/{id}/trainee", Guard.EDIT),
			// A job seeker's profile and texts.
			route("/my/texts", Guard.REPLACES), route("/my/texts/stop", Guard.SETS), route("/sms/inbound", Guard.SETS),
			route("/admin/texts/reply", Guard.SETS),
			route("/my/profile", Guard.EDIT), swept("/my/profile/experience"), route("/my/profile/experience/{id}", Guard.EDIT),
			route("/my/profile/experience/{id}/remove", Guard.REMOVES), swept("/my/profile/schooling"),
			route("/my/profile/schooling/{id}", Guard.EDIT), route("/my/profile/schooling/{id}/remove", Guard.REMOVES),
			// The job bank.
			route("/jobs/{id}/save", Guard.SETS), swept("/my/searches"), route("/my/searches/{id}/alert", Guard.SETS),
			route("/my/searches/{id}/remove", Guard.REMOVES), route("/alerts/unsubscribe", Guard.SETS),
			swept("/jobs/{id}/apply"), route("/my/applications/{id}/share", Guard.SETS),
			route("/my/applications/{id}/withdraw", Guard.STATE_MOVE), swept("/api/v1/employer/postings"),
			route("/api/v1/employer/postings/{id}/close", Guard.STATE_MOVE), route("/api/v1/employer/postings/{id}/fill", Guard.STATE_MOVE),
			route("/api/v1/employer/postings/{id}/publish", Guard.STATE_MOVE), new Route("PUT", "/api/v1/employer/postings/{id}", Guard.EDIT),
			route("/employer/applications/{id}/stage", Guard.STATE_MOVE), swept("/employer/postings"), route("/employer/postings/{id}", Guard.EDIT),
			route("/employer/postings/{id}/close", Guard.STATE_MOVE), route("/employer/postings/{id}/fill", Guard.STATE_MOVE),
			route("/employer/postings/{id}/publish", Guard.STATE_MOVE),
			// Outcomes and imports.
			route("/api/v1/imports/{kind}", Guard.KEYED), route("/imports/apply", Guard.KEYED), route("/imports/check", Guard.REPLACES),
			route("/coach/follow-ups/{followUpId}", Guard.EDIT), swept("/coach/participants/{id}/benefits"),
			swept("/coach/participants/{id}/placements"), route("/coach/placements/{placementId}", Guard.EDIT),
			route("/coach/placements/{placementId}/dismiss", Guard.STATE_MOVE),
			// Programs.
			route("/programs/manage/fidelity/reviews/{id}", Guard.EDIT), swept("/programs/manage/fidelity/{programId}"),
			swept("/programs/manage"), route("/programs/manage/{id}", Guard.EDIT), route("/programs/manage/{id}/confirm", Guard.SETS));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	JobBank jobBank;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Test
	void everyRouteThatChangesSomethingIsClassified() {
		Set<String> unclassified = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (RequestMethod method : info.getMethodsCondition().getMethods()) {
				if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
					continue;
				}
				for (String pattern : info.getPatternValues()) {
					if (ROUTES.stream().noneMatch(r -> r.method().equals(method.name()) && r.pattern().equals(pattern))) {
						unclassified.add(method + " " + pattern);
					}
				}
			}
		});
		assertThat(unclassified).as("routes that change something and are not classified here").isEmpty();
		Set<String> stale = new TreeSet<>();
		for (Route r : ROUTES) {
			boolean exists = mappings.getHandlerMethods().keySet().stream()
				.anyMatch(info -> info.getPatternValues().contains(r.pattern()) && info.getMethodsCondition().getMethods().stream()
					.anyMatch(m -> m.name().equals(r.method())));
			if (!exists) {
				stale.add(r.method() + " " + r.pattern());
			}
		}
		assertThat(stale).as("classified routes that no longer exist").isEmpty();
		// Every move of a state is tried from every state by the transition sweep, or named here as not yet.
		Set<String> unswept = new TreeSet<>();
		ROUTES.stream().filter(r -> r.guard() == Guard.STATE_MOVE && !org.recoveryworks.TransitionSweepTest.SWEPT_ROUTES.contains(r.pattern())
				&& !MOVES_NOT_YET_SWEPT.contains(r.pattern())).forEach(r -> unswept.add(r.pattern()));
		assertThat(unswept).as("state moves neither in the transition sweep nor listed as not yet swept").isEmpty();
		System.out.println("Transition sweep coverage: " + org.recoveryworks.TransitionSweepTest.SWEPT_ROUTES.size() + " state-changing routes swept, "
				+ MOVES_NOT_YET_SWEPT.size() + " not yet");
	}

	/**
	 * State moves whose rules are checked by their own tests but not yet tried from every state by the transition sweep:
	 * the list only shrinks.
	 */
	static final Set<String> MOVES_NOT_YET_SWEPT = Set.of();

	/** One creating route: who sends it, from which page, with which values a person would type, and what it creates. */
	record Recipe(String pattern, Function<World, AccountUser> who, Function<World, String> page, Function<World, String> action,
			Map<String, String> values, String table) {
	}

	/** The people and records the recipes use. */
	record World(TestData.Program program, AccountUser employer, AccountUser seeker, AccountUser admin, Map<String, Long> ids) {

		Long id(String name) {
			return ids.get(name);
		}
	}

	private int unique() {
		return TestData.next();
	}

	@Test
	void everyCreatingFormSentTwiceAtOnceAndAgainCreatesOneRow() throws Exception {
		World world = world();
		List<Recipe> recipes = recipes(world);
		Set<String> covered = new TreeSet<>();
		List<String> failures = new ArrayList<>();
		for (Recipe recipe : recipes) {
			covered.add(recipe.pattern());
			try {
				String problem = sweep(recipe, world);
				if (problem != null) {
					failures.add(recipe.pattern() + ": " + problem);
				}
			}
			catch (Exception | AssertionError e) {
				failures.add(recipe.pattern() + ": " + e);
			}
		}
		Set<String> missing = new TreeSet<>();
		covered.add(apiPostingSentTwiceAtOnceAndAgain(world));
		ROUTES.stream().filter(r -> r.guard() == Guard.SWEPT).map(Route::pattern)
			.filter(p -> !covered.contains(p)).forEach(missing::add);
		System.out.println("Double-submit sweep: " + ROUTES.size() + " routes that change something classified, " + covered.size()
				+ " creating forms sent twice at once and once more");
		assertThat(failures).as("creating forms that did not create exactly one row").isEmpty();
		assertThat(missing).as("creating routes without a recipe").isEmpty();
	}

	/** Sends the form twice at once, then once more with the same token: one row more, the same answer every time. */
	private String sweep(Recipe recipe, World world) throws Exception {
		AccountUser who = recipe.who().apply(world);
		String page = recipe.page().apply(world);
		String action = recipe.action().apply(world);
		Map<String, String> fields = form(page, action, who, recipe.values());
		if (fields == null) {
			return "no form sending to " + action + " on " + page;
		}
		if (!FormSubmissions.wellFormed(fields.get(FormSubmissions.FIELD))) {
			return "the form on " + page + " carries no one-time token";
		}
		long before = count(recipe.table());
		List<Future<MockHttpServletResponse>> twice = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < 2; i++) {
				twice.add(pool.submit((Callable<MockHttpServletResponse>) () -> send(action, fields, who)));
			}
			List<MockHttpServletResponse> answers = new ArrayList<>();
			for (Future<MockHttpServletResponse> f : twice) {
				answers.add(f.get());
			}
			answers.add(send(action, fields, who));
			long created = count(recipe.table()) - before;
			String first = answers.get(0).getRedirectedUrl();
			if (created != 1) {
				return "created " + created + " rows in " + recipe.table() + " (answers " + describe(answers) + ")";
			}
			for (MockHttpServletResponse answer : answers) {
				if (answer.getStatus() != 302 || answer.getRedirectedUrl() == null) {
					return "answered " + describe(answers);
				}
			}
			if (!answers.get(1).getRedirectedUrl().equals(answers.get(0).getRedirectedUrl())
					|| !answers.get(2).getRedirectedUrl().equals(first)) {
				return "answers lead to different places: " + describe(answers);
			}
			return null;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String describe(List<MockHttpServletResponse> answers) {
		return answers.stream().map(a -> a.getStatus() + (a.getRedirectedUrl() == null ? "" : " " + a.getRedirectedUrl()) + errors(a)).toList()
			.toString();
	}

	/** The field messages of a form shown again, to say why a recipe was refused. */
	private static String errors(MockHttpServletResponse answer) {
		try {
			String messages = Jsoup.parse(answer.getContentAsString()).select(".usa-error-message, .usa-alert__text").eachText().toString();
			return messages.equals("[]") ? (answer.getErrorMessage() == null ? "" : " " + answer.getErrorMessage()) : " " + messages;
		}
		catch (java.io.UnsupportedEncodingException e) {
			return "";
		}
	}

	private MockHttpServletResponse send(String action, Map<String, String> fields, AccountUser who) throws Exception {
		return org.recoveryworks.PageForms.send(mvc, action, fields, who);
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private Map<String, String> form(String page, String action, AccountUser who, Map<String, String> values) throws Exception {
		return org.recoveryworks.PageForms.fields(mvc, page, action, who, values);
	}

	/** The records the recipes start from. */
	private World world() throws Exception {
		TestData.Program program = data.program();
		AccountUser employer = data.employer(true);
		AccountUser seeker = data.seeker();
		AccountUser admin = accounts.createAdmin("double-admin" + unique() + "@example.org", TestData.PASSWORD, "Double Admin");
		Map<String, Long> ids = new LinkedHashMap<>();
		ids.put("posting", jobBank.post(employer.organizationId(), data.posting("Double posting", List.of()), true).id());
		ids.put("participant", org.recoveryworks.coaching.Enrollments.enroll(mvc, program.coach(), LocalDate.now(clock), "Double Person " + unique()));
		ids.put("program", program.id());
		// A sequestered record, for a supervisor's emergency access.
		Long hidden = org.recoveryworks.coaching.Enrollments.enroll(mvc, program.coach(), LocalDate.now(clock), "Double Hidden " + unique());
		mvc.perform(post("/coach/participants/{id}/sequester", hidden).param("confirm", "true").with(user(program.coach())).with(csrf()));
		ids.put("sequestered", hidden);
		return new World(program, employer, seeker, admin, ids);
	}

	private List<Recipe> recipes(World w) {
		String today = LocalDate.now(clock).toString();
		List<Recipe> recipes = new ArrayList<>();
		Function<World, AccountUser> coach = x -> x.program().coach();
		Function<World, AccountUser> supervisor = x -> x.program().supervisor();
		Function<World, AccountUser> employer = x -> x.employer();
		Function<World, AccountUser> admin = x -> x.admin();
		Function<World, AccountUser> seeker = x -> x.seeker();
		Function<World, String> participant = x -> "/coach/participants/" + x.id("participant");
		recipes.add(new Recipe("/my/searches", seeker, x -> "/jobs?q=recovery+coach", x -> "/my/searches", Map.of("alert", "DAILY"),
				"saved_search"));
		recipes.add(new Recipe("/my/profile/experience", seeker, x -> "/my/profile/experience/new", x -> "/my/profile/experience",
				Map.of("title", "Cashier", "employer", "Park Street Market", "started", "2021-03"), "seeker_work"));
		recipes.add(new Recipe("/my/profile/schooling", seeker, x -> "/my/profile/schooling/new", x -> "/my/profile/schooling",
				Map.of("school", "Bassick High School", "studied", "GED"), "seeker_schooling"));
		recipes.add(new Recipe("/employer/tokens", employer, x -> "/employer/tokens", x -> "/employer/tokens",
				Map.of("name", "Double token"), "api_token"));
		recipes.add(new Recipe("/coach/tokens", coach, x -> "/coach/tokens", x -> "/coach/tokens", Map.of("name", "Double token"), "api_token"));
		recipes.add(new Recipe("/admin/programs", admin, x -> "/admin/programs/new", x -> "/admin/programs",
				Map.of("name", "Double Program " + unique(), "town", "Hartford", "zip", "06103"), "organization"));
		recipes.add(new Recipe("/admin/programs/{orgId}/invitations", admin, x -> "/admin/programs/" + x.id("program"),
				x -> "/admin/programs/" + x.id("program") + "/invitations", Map.of("email", "double" + unique() + "@example.org",
						"displayName", "Double Invitee"), "invitation"));
		recipes.add(new Recipe("/admin/staff/invitations", admin, x -> "/admin/staff", x -> "/admin/staff/invitations",
				Map.of("email", "double" + unique() + "@example.org", "displayName", "Double Invitee"), "invitation"));
		recipes.add(new Recipe("/staff/invitations", supervisor, x -> "/staff", x -> "/staff/invitations",
				Map.of("email", "double" + unique() + "@example.org", "displayName", "Double Invitee"), "invitation"));
		recipes.add(new Recipe("/employer/team/invitations", employer, x -> "/employer/team", x -> "/employer/team/invitations",
				Map.of("email", "double" + unique() + "@example.org", "displayName", "Double Invitee"), "invitation"));
		recipes.add(new Recipe("/coach/participants", coach, x -> "/coach/participants/new", x -> "/coach/participants",
				Map.of("fullName", "Double Enrolled " + unique(), "town", "Middletown", "employmentStatus", "UNEMPLOYED_LOOKING", "benefits", "NONE",
						"ownGoals", "A steady job."), "participant"));
		recipes.add(new Recipe("/coach/participants/{id}/sessions", coach, x -> participant.apply(x) + "/sessions/new",
				x -> participant.apply(x) + "/sessions", Map.of("date", today, "time", "10:00", "minutes", "45", "mode", "PHONE", "kind", "JOB_SEARCH"),
				"coaching_session"));
		recipes.add(new Recipe("/coach/consultations", coach, x -> "/coach/consultations", x -> "/coach/consultations",
				Map.of("employerName", "Double Consulted " + unique(), "heldOn", today, "topics", "PEER_JOB_DESCRIPTIONS", "tookPart", "HR director"),
				"employer_consultation"));
		recipes.add(new Recipe("/coach/participants/{id}/placements", coach, x -> participant.apply(x) + "/placements/new",
				x -> participant.apply(x) + "/placements", Map.of("jobTitle", "Peer Support Specialist", "employerName", "Shoreline Recovery Center",
						"hoursPerWeek", "24", "hourlyWage", "21.50", "openToAnyone", "true", "state", "CT", "startDate",
						LocalDate.now(clock).minusDays(3).toString()), "placement"));
		Function<World, String> outcomes = x -> participant.apply(x) + "/outcomes";
		recipes.add(new Recipe("/coach/participants/{id}/consents", coach, x -> participant.apply(x) + "/consents/new",
				x -> participant.apply(x) + "/consents", Map.of("discloser", "Shoreline Peer Employment", "information", "SESSION_ATTENDANCE",
						"description", "Whether the person is working.", "recipientName", "Jordan Fields", "purpose", "To plan support at work.",
						"signedOn", today, "toldRightToRevoke", "true", "expiresOn", LocalDate.now(clock).plusMonths(6).toString()), "consent"));
		recipes.add(new Recipe("/coach/participants/{id}/consents/{consentId}/disclose", coach,
				x -> participant.apply(x) + "/consents/" + last("consent", "participant_id", x.id("participant")) + "/disclose",
				x -> participant.apply(x) + "/consents/" + last("consent", "participant_id", x.id("participant")) + "/disclose",
				Map.of("information", "SESSION_ATTENDANCE"), "disclosure"));
		recipes.add(new Recipe("/coach/groups", coach, x -> "/coach/groups", x -> "/coach/groups", Map.of("name", "Double Group " + unique()),
				"support_group"));
		recipes.add(new Recipe("/coach/groups/{id}/meetings", coach, x -> "/coach/groups/" + last("support_group", null, null),
				x -> "/coach/groups/" + last("support_group", null, null) + "/meetings", Map.of("heldOn", today), "group_meeting"));
		recipes.add(new Recipe("/coach/mentors", coach, x -> "/coach/mentors", x -> "/coach/mentors", Map.of("name", "Double Mentor " + unique()),
				"peer_mentor"));
		recipes.add(new Recipe("/coach/participants/{id}/mentoring", coach, participant, x -> participant.apply(x) + "/mentoring",
				Map.of("startedOn", today), "mentoring_pairing"));
		recipes.add(new Recipe("/coach/mentoring/{pairingId}/meetings", coach, participant,
				x -> "/coach/mentoring/" + last("mentoring_pairing", "participant_id", x.id("participant")) + "/meetings",
				Map.of("metOn", today, "minutes", "30", "mode", "IN_PERSON"), "mentoring_meeting"));
		recipes.add(new Recipe("/coach/participants/{id}/emergency-access", supervisor,
				x -> "/coach/participants/" + x.id("sequestered") + "/emergency-access", x -> "/coach/participants/" + x.id("sequestered") + "/emergency-access",
				Map.of("reason", "The person called in crisis and asked for their coach's notes."), "emergency_access"));
		recipes.add(new Recipe("/coach/curricula", coach, x -> "/coach/trainings", x -> "/coach/curricula",
				Map.of("name", "Double Curriculum " + unique(), "modules", "Strengths\nDisclosure at work"), "curriculum"));
		recipes.add(new Recipe("/coach/trainings", coach, x -> "/coach/trainings", x -> "/coach/trainings",
				Map.of("title", "Double Training " + unique(), "heldOn", today, "hours", "3"), "training_event"));
		recipes.add(new Recipe("/coach/trainings/{id}/registrations", coach, x -> "/coach/trainings/" + last("training_event", null, null),
				x -> "/coach/trainings/" + last("training_event", null, null) + "/registrations", Map.of("participantId", String.valueOf(w.id("participant"))),
				"training_registration"));
		recipes.add(new Recipe("/coach/participants/{id}/benefits", coach, outcomes, x -> participant.apply(x) + "/benefits",
				Map.of("changedOn", today), "benefits_change"));
		recipes.add(new Recipe("/admin/search-words", admin, x -> "/admin/search-words", x -> "/admin/search-words",
				Map.of("phrases", "double word " + unique() + "\ndouble phrase " + unique()), "search_synonym_group"));
		recipes.add(new Recipe("/credentials/types", admin, x -> "/credentials/types/new", x -> "/credentials/types",
				Map.of("code", "DBL" + unique(), "name", "Double Credential", "issuer", "Double Board", "workHours", "100", "supervisionHours", "10",
						"trainingHours", "40", "renewalMonths", "24", "ceHours", "20", "ceCycleMonths", "24"), "credential_type"));
		recipes.add(new Recipe("/credentials", seeker, x -> "/credentials", x -> "/credentials", Map.of(), "credential_track"));
		recipes.add(new Recipe("/credentials/{id}/entries", seeker,
				x -> "/credentials/" + last("credential_track", "account_id", x.seeker().id()),
				x -> "/credentials/" + last("credential_track", "account_id", x.seeker().id()) + "/entries",
				Map.of("hours", "4", "doneOn", today, "description", "Double shift at the drop-in center"), "credential_entry"));
		recipes.add(new Recipe("/jobs/{id}/apply", seeker, x -> "/jobs/" + x.id("posting") + "/apply", x -> "/jobs/" + x.id("posting") + "/apply",
				Map.of("fullName", "Double Applicant", "email", w.seeker().email()), "job_application"));
		recipes.add(new Recipe("/credentials/applications/{applicationId}/request", employer,
				x -> "/credentials/applications/" + last("job_application", "posting_id", x.id("posting")),
				x -> "/credentials/applications/" + last("job_application", "posting_id", x.id("posting")) + "/request", Map.of(), "credential_share"));
		recipes.add(new Recipe("/employer/postings", employer, x -> "/employer/postings/new", x -> "/employer/postings",
				data.publishForm("DBL-" + unique(), "Double Posted Job"), "posting"));
		recipes.add(new Recipe("/programs/manage", supervisor, x -> "/programs/manage/new", x -> "/programs/manage",
				Map.of("name", "Double Listing " + unique(), "languages", "English", "town", "Hartford", "zip", "06103", "services", "JOB_SEARCH"),
				"program_listing"));
		recipes.add(new Recipe("/programs/manage/fidelity/{programId}", supervisor,
				x -> "/programs/manage/fidelity/" + last("program_listing", null, null) + "/new",
				x -> "/programs/manage/fidelity/" + last("program_listing", null, null), Map.of("reviewedOn", today, "reviewers", "Double Reviewer",
						"draft", "true"), "fidelity_review"));
		return recipes;
	}

	/** The newest row of a table (of one owner, when a column is given). */
	private Long last(String table, String column, Long owner) {
		return column == null ? jdbc.queryForObject("select max(id) from " + table, Long.class)
				: jdbc.queryForObject("select max(id) from " + table + " where " + column + " = ?", Long.class, owner);
	}

	/** The API's creating call, sent twice at once and once more with one Idempotency-Key: one posting, one answer. */
	private String apiPostingSentTwiceAtOnceAndAgain(World world) throws Exception {
		String token = tokens.create(world.employer(), "Double HR system");
		String body = json.writeValueAsString(data.posting("Double API job " + unique(), List.of()));
		String key = java.util.UUID.randomUUID().toString();
		Callable<MockHttpServletResponse> call = () -> mvc.perform(post("/api/v1/employer/postings").param("publish", "true")
			.header("Authorization", "Bearer " + token).header(FormSubmissions.HEADER, key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn().getResponse();
		long before = count("posting");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<MockHttpServletResponse> answers = new ArrayList<>();
		try {
			Future<MockHttpServletResponse> one = pool.submit(call);
			Future<MockHttpServletResponse> two = pool.submit(call);
			answers.add(one.get());
			answers.add(two.get());
		}
		finally {
			pool.shutdownNow();
		}
		answers.add(call.call());
		assertThat(count("posting") - before).as("postings created by one Idempotency-Key sent three times").isEqualTo(1);
		for (MockHttpServletResponse answer : answers) {
			assertThat(answer.getStatus()).isEqualTo(201);
			assertThat(answer.getHeader("Location")).isEqualTo(answers.get(0).getHeader("Location"));
			assertThat(answer.getHeader("ETag")).isEqualTo(answers.get(0).getHeader("ETag")).isNotNull();
			assertThat(answer.getContentAsString()).isEqualTo(answers.get(0).getContentAsString()).contains("Double API job");
		}
		assertThat(answers.stream().filter(a -> "true".equals(a.getHeader("Idempotent-Replayed"))).count()).isEqualTo(2);
		return "/api/v1/employer/postings";
	}
}
