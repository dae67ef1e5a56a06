package org.recoveryworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.ApiTokens;
import org.recoveryworks.coaching.Enrollments;
import org.recoveryworks.jobs.JobBank;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every state-changing action of the case records' and job bank's state machines, tried from every state through
 * the pages people use: the allowed moves change the state, every other one changes nothing (the page says why).
 * The tables of allowed moves are written out here, not read from the code they check. Postings' moves through the
 * API and the pages are in {@code PostingTransitionsIntegrationTest}.
 */
public class TransitionSweepTest extends IntegrationTest {

	/** The state-changing routes whose every move is tried here (or, for postings, in PostingTransitionsIntegrationTest). */
	public static final Set<String> SWEPT_ROUTES = Set.of("/employer/applications/{id}/stage", "/credentials/verify/entries/{entryId}",
			"/credentials/entries/{entryId}/remove", "/coach/participants/{id}/discharge", "/coach/participants/{id}/reenroll",
			"/coach/sessions/{id}/cancel", "/my/applications/{id}/withdraw", "/admin/organizations/{id}/verify",
			"/admin/organizations/{id}/refuse", "/employer/tokens/{id}/revoke", "/coach/tokens/{id}/revoke",
			"/coach/mentoring/{pairingId}/end", "/coach/mentoring/{pairingId}/meetings", "/coach/participants/{id}/sequester",
			"/privacy/sequestered/{id}/lift", "/privacy/emergency-access/{id}/reviewed", "/admin/programs/{orgId}/invitations/{id}/withdraw",
			"/admin/staff/invitations/{id}/withdraw", "/staff/invitations/{id}/withdraw", "/employer/team/invitations/{id}/withdraw",
			"/admin/programs/{orgId}/members/{id}/deactivate", "/admin/staff/members/{id}/deactivate", "/staff/members/{id}/deactivate",
			"/employer/team/members/{id}/deactivate", "/coach/consultations/{id}/followed-up",
			"/my/coaching/invitations/{participantId}/{answer}", "/my/coaching/unlink", "/coach/placements/{placementId}/dismiss",
			"/my/coaching/consents/{consentId}/revoke", "/my/coaching/plan/{number}/agree", "/admin/programs/{orgId}/members/{id}/two-step",
			"/admin/staff/members/{id}/two-step", "/credentials/verify/tracks/{trackId}/promote", "/coach/participants/{id}/consents/{consentId}/revoke", "/programs/manage/fidelity/reviews/{id}",
			"/employer/postings/{id}/publish", "/employer/postings/{id}/close", "/employer/postings/{id}/fill",
			"/api/v1/employer/postings/{id}/publish", "/api/v1/employer/postings/{id}/close", "/api/v1/employer/postings/{id}/fill");

	static final List<String> STAGES = List.of("RECEIVED", "UNDER_REVIEW", "INTERVIEW", "OFFER", "HIRED", "NOT_SELECTED", "WITHDRAWN");

	static final List<String> EMPLOYER_STAGES = List.of("RECEIVED", "UNDER_REVIEW", "INTERVIEW", "OFFER", "HIRED", "NOT_SELECTED");

	/** Where an employer may move an application from each stage: open ones anywhere, a hire and a withdrawal nowhere. */
	static final Map<String, Set<String>> STAGE_MOVES = Map.of(
			"RECEIVED", Set.copyOf(EMPLOYER_STAGES), "UNDER_REVIEW", Set.copyOf(EMPLOYER_STAGES), "INTERVIEW", Set.copyOf(EMPLOYER_STAGES),
			"OFFER", Set.copyOf(EMPLOYER_STAGES), "HIRED", Set.of(), "NOT_SELECTED", Set.of("UNDER_REVIEW"), "WITHDRAWN", Set.of());

	/** What a supervisor's decision and the owner's removal may do to a logged credential entry, from each status. */
	static final Map<String, Map<String, String>> ENTRY_MOVES = Map.of(
			"verify", Map.of("PENDING", "VERIFIED"),
			"return", Map.of("PENDING", "RETURNED"),
			"remove", Map.of("PENDING", "(removed)", "RETURNED", "(removed)"));

	/** A person's enrollment: discharged only while enrolled, enrolled again only once discharged. */
	static final Map<String, Map<String, String>> ENROLLMENT_MOVES = Map.of(
			"discharge", Map.of("ACTIVE", "DISCHARGED"),
			"reenroll", Map.of("DISCHARGED", "ACTIVE"));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens apiTokens;

	private int tried;

	@Test
	void onlyTheAllowedMovesChangeAnything() throws Exception {
		List<String> wrong = new ArrayList<>();
		applicationStages(wrong);
		credentialEntries(wrong);
		enrollments(wrong);
		sessions(wrong);
		consents(wrong);
		fidelityReviews(wrong);
		withdrawals(wrong);
		organizations(wrong);
		tokens(wrong);
		mentoring(wrong);
		sequestering(wrong);
		invitations(wrong);
		deactivations(wrong);
		consultations(wrong);
		links(wrong);
		placements(wrong);
		ownMoves(wrong);
		twoStepResets(wrong);
		promotions(wrong);
		System.out.println("Transition sweep: " + tried + " actions tried from every state of applications, withdrawals, credential entries, enrollments,"
				+ " sessions, consents, fidelity reviews, employers' verification, API tokens, mentoring, sequestering, invitations, deactivations, consultations, links to a person's own account,"
				+ " suggested jobs and a person's own consents and plan, two-step resets and trainees' promotions");
		assertThat(tried).isEqualTo(STAGES.size() * EMPLOYER_STAGES.size() + 3 * 3 + 2 * 2 + 3 + 2 + 2 + STAGES.size() + 3 * 2 + 2 * 2 + 2 * 2 + 2 * 2 + 2 + 4 * 4 + 4 * 2 + 2 + 3 * 3 + 3 + 2 + 2 + 2 * 2 + 3);
		assertThat(wrong).as("moves that changed what they should not, or did not change what they should").isEmpty();
	}

	private void applicationStages(List<String> wrong) throws Exception {
		AccountUser employer = data.employer(true);
		AccountUser seeker = data.seeker();
		Long posting = jobBank.post(employer.organizationId(), data.posting("Transition stages", List.of()), true).id();
		mvc.perform(post("/jobs/{id}/apply", posting).param("fullName", "Stage Mover").param("email", seeker.email()).with(user(seeker))
			.with(csrf()));
		Long application = jdbc.queryForObject("select id from job_application where posting_id = ?", Long.class, posting);
		for (String from : STAGES) {
			for (String to : EMPLOYER_STAGES) {
				jdbc.update("update job_application set stage = ? where id = ?", from, application);
				long history = jdbc.queryForObject("select count(*) from application_stage_change where application_id = ?", Long.class, application);
				mvc.perform(post("/employer/applications/{id}/stage", application).param("stage", to).with(user(employer)).with(csrf()));
				String after = jdbc.queryForObject("select stage from job_application where id = ?", String.class, application);
				long historyAfter = jdbc.queryForObject("select count(*) from application_stage_change where application_id = ?", Long.class,
						application);
				tried++;
				boolean allowed = STAGE_MOVES.get(from).contains(to);
				boolean moved = !from.equals(to) && allowed;
				if (allowed ? !after.equals(to) : !after.equals(from)) {
					wrong.add("application from " + from + " to " + to + ": now " + after);
				}
				if (historyAfter != history + (moved ? 1 : 0)) {
					wrong.add("application from " + from + " to " + to + ": " + (historyAfter - history) + " stage changes recorded");
				}
			}
		}
	}

	private void credentialEntries(List<String> wrong) throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long type = jdbc.queryForObject("select id from credential_type where code = 'CT-RSS'", Long.class);
		mvc.perform(post("/credentials").param("typeId", type.toString()).with(user(coach)).with(csrf()));
		Long track = jdbc.queryForObject("select id from credential_track where account_id = ? and type_id = ?", Long.class, coach.id(), type);
		for (String action : List.of("verify", "return", "remove")) {
			for (String from : List.of("PENDING", "VERIFIED", "RETURNED")) {
				String description = "Transition " + action + " from " + from;
				mvc.perform(multipart("/credentials/{id}/entries", track).param("kind", "WORK").param("hours", "8")
					.param("doneOn", LocalDate.now(clock).minusDays(1).toString()).param("description", description).with(user(coach)).with(csrf()));
				Long entry = jdbc.queryForObject("select id from credential_entry where track_id = ? and description = ?", Long.class, track,
						description);
				jdbc.update("update credential_entry set status = ? where id = ?", from, entry);
				long version = jdbc.queryForObject("select version from credential_entry where id = ?", Long.class, entry);
				if (action.equals("remove")) {
					mvc.perform(post("/credentials/entries/{id}/remove", entry).param("trackId", track.toString()).with(user(coach)).with(csrf()));
				}
				else {
					mvc.perform(post("/credentials/verify/entries/{id}", entry).param("decision", action).param("version", String.valueOf(version))
						.param("note", "Please add the dates of each shift.").with(user(program.supervisor())).with(csrf()));
				}
				List<String> now = jdbc.queryForList("select status from credential_entry where id = ?", String.class, entry);
				String after = now.isEmpty() ? "(removed)" : now.get(0);
				String expected = ENTRY_MOVES.get(action).getOrDefault(from, from);
				tried++;
				if (!after.equals(expected)) {
					wrong.add("credential entry " + action + " from " + from + ": now " + after + " (expected " + expected + ")");
				}
			}
		}
	}

	private void enrollments(List<String> wrong) throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		for (String action : List.of("discharge", "reenroll")) {
			for (String from : List.of("ACTIVE", "DISCHARGED")) {
				Long person = Enrollments.enroll(mvc, coach, LocalDate.now(clock).minusDays(30),
						"Transition " + action + " " + TestData.next());
				if (from.equals("DISCHARGED")) {
					discharge(coach, person);
				}
				long enrollments = enrollmentsOf(person);
				if (action.equals("discharge")) {
					discharge(coach, person);
				}
				else {
					mvc.perform(post("/coach/participants/{id}/reenroll", person).with(user(coach)).with(csrf()));
				}
				String after = jdbc.queryForObject("select status from participant where id = ?", String.class, person);
				String expected = ENROLLMENT_MOVES.get(action).getOrDefault(from, from);
				tried++;
				if (!after.equals(expected)) {
					wrong.add("enrollment " + action + " from " + from + ": now " + after + " (expected " + expected + ")");
				}
				long added = enrollmentsOf(person) - enrollments;
				if (added != (action.equals("reenroll") && from.equals("DISCHARGED") ? 1 : 0)) {
					wrong.add("enrollment " + action + " from " + from + ": " + added + " enrollments added");
				}
			}
		}
	}

	/** A session is cancelled only while it is still to be held: not once documented, not twice. */
	private void sessions(List<String> wrong) throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long person = Enrollments.enroll(mvc, coach, LocalDate.now(clock).minusDays(30), "Transition Sessions");
		for (String from : List.of("SCHEDULED", "DOCUMENTED", "CANCELLED")) {
			mvc.perform(post("/coach/participants/{id}/sessions", person).param("date", LocalDate.now(clock).plusDays(3).toString())
				.param("time", "10:00").param("minutes", "45").param("mode", "PHONE").param("kind", "JOB_SEARCH").with(user(coach)).with(csrf()));
			Long session = jdbc.queryForObject("select max(id) from coaching_session where participant_id = ?", Long.class, person);
			Timestamp earlier = Timestamp.from(clock.instant().minusSeconds(3600));
			jdbc.update("update coaching_session set documented_at = ?, cancelled_at = ? where id = ?", from.equals("DOCUMENTED") ? earlier : null,
					from.equals("CANCELLED") ? earlier : null, session);
			String before = row("coaching_session", session);
			var answer = mvc.perform(post("/coach/sessions/{id}/cancel", session).param("reason", "The person is unwell.").with(user(coach))
				.with(csrf())).andReturn();
			tried++;
			String after = row("coaching_session", session);
			boolean cancelled = jdbc.queryForObject("select count(*) from coaching_session where id = ? and cancelled_at is not null"
					+ " and cancel_reason = 'The person is unwell.'", Long.class, session) == 1;
			if (from.equals("SCHEDULED") ? !cancelled : !after.equals(before)) {
				wrong.add("session cancel from " + from + (cancelled ? ": cancelled" : ": not cancelled") + " (session " + session + ", answered "
						+ answer.getResponse().getStatus() + " " + answer.getFlashMap() + ")");
			}
		}
	}

	/** A consent is revoked once: a revoked one stays as it was revoked. */
	private void consents(List<String> wrong) throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long person = Enrollments.enroll(mvc, coach, LocalDate.now(clock).minusDays(30), "Transition Consents");
		for (String from : List.of("ACTIVE", "REVOKED")) {
			String page = "/coach/participants/" + person + "/consents";
			Map<String, String> form = PageForms.fields(mvc, page + "/new", page, coach, Map.of("discloser", "Shoreline Peer Employment",
					"information", "SESSION_ATTENDANCE", "description", "Whether the person comes.", "recipientName", "Jordan Fields",
					"purpose", "To plan support at work.", "signedOn", LocalDate.now(clock).toString(), "toldRightToRevoke", "true", "expiresOn",
					LocalDate.now(clock).plusMonths(6).toString()));
			PageForms.send(mvc, page, form, coach);
			Long consent = jdbc.queryForObject("select max(id) from consent where participant_id = ?", Long.class, person);
			if (from.equals("REVOKED")) {
				jdbc.update("update consent set revoked_on = ?, revoked_by = ?, revocation_note = 'Earlier.' where id = ?",
						LocalDate.now(clock).minusDays(2), coach.id(), consent);
			}
			String before = row("consent", consent);
			mvc.perform(post("/coach/participants/{id}/consents/{c}/revoke", person, consent).param("note", "Asked by phone.").with(user(coach))
				.with(csrf()));
			tried++;
			String after = row("consent", consent);
			boolean revokedNow = jdbc.queryForObject("select count(*) from consent where id = ? and revocation_note = 'Asked by phone.'", Long.class,
					consent) == 1;
			if (from.equals("ACTIVE") ? !revokedNow : !after.equals(before)) {
				wrong.add("consent revoke from " + from + (revokedNow ? ": revoked now" : ": not revoked"));
			}
		}
	}

	/** A draft review is changed until it is completed; a completed review is final. */
	private void fidelityReviews(List<String> wrong) throws Exception {
		TestData.Program program = data.program();
		AccountUser supervisor = program.supervisor();
		for (String from : List.of("DRAFT", "COMPLETE")) {
			// A listing each: a program has one draft at a time.
			PageForms.send(mvc, "/programs/manage", PageForms.fields(mvc, "/programs/manage/new", "/programs/manage", supervisor,
					Map.of("name", "Transition Listing " + TestData.next(), "languages", "English", "town", "Hartford", "zip", "06103", "services",
							"JOB_SEARCH")), supervisor);
			Long listing = jdbc.queryForObject("select max(id) from program_listing", Long.class);
			String action = "/programs/manage/fidelity/" + listing;
			PageForms.send(mvc, action, PageForms.fields(mvc, action + "/new", action, supervisor, Map.of("reviewedOn",
					LocalDate.now(clock).minusDays(from.equals("DRAFT") ? 1 : 2).toString(), "reviewers", "First Reviewer", "draft", "true")), supervisor);
			Long review = jdbc.queryForObject("select max(id) from fidelity_review where program_id = ?", Long.class, listing);
			String edit = "/programs/manage/fidelity/reviews/" + review;
			Map<String, String> form = PageForms.fields(mvc, edit + "/edit", edit, supervisor, Map.of("reviewers", "Second Reviewer", "draft", "true"));
			if (from.equals("COMPLETE")) {
				jdbc.update("update fidelity_review set completed_at = ?, total = 0 where id = ?", Timestamp.from(clock.instant()), review);
			}
			String before = row("fidelity_review", review);
			PageForms.send(mvc, edit, form, supervisor);
			tried++;
			String reviewers = jdbc.queryForObject("select reviewers from fidelity_review where id = ?", String.class, review);
			if (from.equals("DRAFT") ? !reviewers.equals("Second Reviewer") : !row("fidelity_review", review).equals(before)) {
				wrong.add("fidelity review change from " + from + ": reviewers now " + reviewers);
			}
		}
	}

	/** A seeker withdraws an application still open; a finished one (hired, not selected, withdrawn) stays as it is. */
	private void withdrawals(List<String> wrong) throws Exception {
		AccountUser employer = data.employer(true);
		AccountUser seeker = data.seeker();
		Long posting = jobBank.post(employer.organizationId(), data.posting("Transition withdrawals", List.of()), true).id();
		mvc.perform(post("/jobs/{id}/apply", posting).param("fullName", "Withdrawing Person").param("email", seeker.email()).with(user(seeker))
			.with(csrf()));
		Long application = jdbc.queryForObject("select id from job_application where posting_id = ?", Long.class, posting);
		for (String from : STAGES) {
			jdbc.update("update job_application set stage = ? where id = ?", from, application);
			mvc.perform(post("/my/applications/{id}/withdraw", application).with(user(seeker)).with(csrf()));
			String after = jdbc.queryForObject("select stage from job_application where id = ?", String.class, application);
			String expected = Set.of("HIRED", "NOT_SELECTED", "WITHDRAWN").contains(from) ? from : "WITHDRAWN";
			tried++;
			if (!after.equals(expected)) {
				wrong.add("withdraw from " + from + ": now " + after + " (expected " + expected + ")");
			}
		}
	}

	/** An administrator verifies a waiting employer, or refuses it with a reason; a refused one is verified only after it asks again. */
	private void organizations(List<String> wrong) throws Exception {
		AccountUser admin = accounts.createAdmin("transition-admin" + TestData.next() + "@example.org", TestData.PASSWORD, "Transition Admin");
		Map<String, Map<String, String>> allowed = Map.of("verify", Map.of("PENDING", "VERIFIED", "VERIFIED", "VERIFIED"),
				"refuse", Map.of("PENDING", "REJECTED"));
		for (String action : List.of("verify", "refuse")) {
			for (String from : List.of("PENDING", "VERIFIED", "REJECTED")) {
				AccountUser employer = data.employer(false);
				Long organization = employer.organizationId();
				jdbc.update("update organization set status = ? where id = ?", from, organization);
				String before = row("organization", organization);
				mvc.perform(post("/admin/organizations/{id}/" + action, organization).param("reason", "The website does not match the name given.")
					.with(user(admin)).with(csrf()));
				String after = jdbc.queryForObject("select status from organization where id = ?", String.class, organization);
				String expected = allowed.get(action).getOrDefault(from, from);
				tried++;
				if (!after.equals(expected) || (expected.equals(from) && !row("organization", organization).equals(before))) {
					wrong.add("organization " + action + " from " + from + ": now " + after + " (expected " + expected + ")");
				}
			}
		}
	}

	/** A token is revoked once: revoking it again changes nothing. */
	private void tokens(List<String> wrong) throws Exception {
		AccountUser employer = data.employer(true);
		TestData.Program program = data.program();
		for (AccountUser owner : List.of(employer, program.coach())) {
			String base = owner == employer ? "/employer/tokens/" : "/coach/tokens/";
			apiTokens.create(owner, "Transition token");
			Long token = jdbc.queryForObject("select max(id) from api_token where user_id = ?", Long.class, owner.id());
			mvc.perform(post(base + token + "/revoke").with(user(owner)).with(csrf()));
			String revoked = row("api_token", token);
			mvc.perform(post(base + token + "/revoke").with(user(owner)).with(csrf()));
			tried += 2;
			if (jdbc.queryForObject("select count(*) from api_token where id = ? and revoked_at is not null", Long.class, token) != 1) {
				wrong.add("token revoke from ACTIVE: not revoked");
			}
			if (!row("api_token", token).equals(revoked)) {
				wrong.add("token revoke from REVOKED: changed");
			}
		}
	}

	/** A mentoring pairing meets and ends while it lasts; an ended one takes neither. */
	private void mentoring(List<String> wrong) throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		mvc.perform(post("/coach/mentors").param("name", "Transition Mentor " + TestData.next()).with(user(coach)).with(csrf()));
		Long mentor = jdbc.queryForObject("select max(id) from peer_mentor", Long.class);
		for (String action : List.of("end", "meetings")) {
			for (String from : List.of("ACTIVE", "ENDED")) {
				Long person = Enrollments.enroll(mvc, coach, LocalDate.now(clock).minusDays(30),
						"Transition Mentoring " + TestData.next());
				mvc.perform(post("/coach/participants/{id}/mentoring", person).param("mentorId", mentor.toString())
					.param("startedOn", LocalDate.now(clock).minusDays(20).toString()).with(user(coach)).with(csrf()));
				Long pairing = jdbc.queryForObject("select max(id) from mentoring_pairing where participant_id = ?", Long.class, person);
				if (from.equals("ENDED")) {
					jdbc.update("update mentoring_pairing set ended_on = ? where id = ?", LocalDate.now(clock).minusDays(5), pairing);
				}
				String before = row("mentoring_pairing", pairing);
				long meetings = jdbc.queryForObject("select count(*) from mentoring_meeting where pairing_id = ?", Long.class, pairing);
				mvc.perform(post("/coach/mentoring/{id}/" + action, pairing).param("metOn", LocalDate.now(clock).minusDays(1).toString())
					.param("minutes", "30").param("mode", "IN_PERSON").param("reason", "Goals met.").with(user(coach)).with(csrf()));
				tried++;
				boolean changed = !row("mentoring_pairing", pairing).equals(before)
						|| jdbc.queryForObject("select count(*) from mentoring_meeting where pairing_id = ?", Long.class, pairing) != meetings;
				if (changed != from.equals("ACTIVE")) {
					wrong.add("mentoring " + action + " from " + from + (changed ? ": changed" : ": did nothing"));
				}
			}
		}
	}

	/**
	 * A record is sequestered once, and only a sequestered one is lifted (by the privacy officer); an emergency access
	 * to it is reviewed once.
	 */
	private void sequestering(List<String> wrong) throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		AccountUser officer = accounts.createPrivacyOfficer("transition-privacy" + TestData.next() + "@example.org", TestData.PASSWORD,
				"Transition Officer");
		for (String action : List.of("sequester", "lift")) {
			for (String from : List.of("PLAIN", "SEQUESTERED")) {
				Long person = Enrollments.enroll(mvc, coach, LocalDate.now(clock).minusDays(30),
						"Transition Sequester " + TestData.next());
				if (from.equals("SEQUESTERED")) {
					mvc.perform(post("/coach/participants/{id}/sequester", person).param("confirm", "true").with(user(coach)).with(csrf()));
				}
				String before = row("participant", person);
				if (action.equals("sequester")) {
					mvc.perform(post("/coach/participants/{id}/sequester", person).param("confirm", "true").with(user(coach)).with(csrf()));
				}
				else {
					mvc.perform(post("/privacy/sequestered/{id}/lift", person).with(user(officer)).with(csrf()));
				}
				tried++;
				boolean sequestered = jdbc.queryForObject("select count(*) from participant where id = ? and sequestered_at is not null", Long.class,
						person) == 1;
				boolean expected = action.equals("sequester");
				if (sequestered != expected || (from.equals(action.equals("sequester") ? "SEQUESTERED" : "PLAIN")
						&& !row("participant", person).equals(before))) {
					wrong.add("sequestering: " + action + " from " + from + (sequestered ? ": sequestered" : ": not sequestered"));
				}
			}
		}
		Long person = Enrollments.enroll(mvc, coach, LocalDate.now(clock).minusDays(30), "Transition Emergency");
		mvc.perform(post("/coach/participants/{id}/sequester", person).param("confirm", "true").with(user(coach)).with(csrf()));
		mvc.perform(post("/coach/participants/{id}/emergency-access", person).param("reason", "The person called in crisis and asked for help.")
			.with(user(program.supervisor())).with(csrf()));
		Long access = jdbc.queryForObject("select max(id) from emergency_access where participant_id = ?", Long.class, person);
		for (String from : List.of("UNREVIEWED", "REVIEWED")) {
			String before = row("emergency_access", access);
			mvc.perform(post("/privacy/emergency-access/{id}/reviewed", access).param("note", "Reviewed " + from + ".").with(user(officer))
				.with(csrf()));
			tried++;
			String after = row("emergency_access", access);
			boolean reviewedNow = jdbc.queryForObject("select count(*) from emergency_access where id = ? and reviewed_at is not null", Long.class,
					access) == 1;
			if (from.equals("UNREVIEWED") ? !reviewedNow : !after.equals(before)) {
				wrong.add("emergency access review from " + from + (reviewedNow ? ": reviewed" : ": not reviewed"));
			}
		}
	}

	/** An invitation is withdrawn only while it waits: not once accepted, withdrawn or expired; from each page that lists them. */
	private void invitations(List<String> wrong) throws Exception {
		TestData.Program program = data.program();
		AccountUser employer = data.employer(true);
		AccountUser admin = accounts.createAdmin("transition-invitations" + TestData.next() + "@example.org", TestData.PASSWORD, "Invitations Admin");
		record Page(AccountUser who, String base) {
		}
		for (Page page : List.of(new Page(employer, "/employer/team"), new Page(program.supervisor(), "/staff"), new Page(admin, "/admin/staff"),
				new Page(admin, "/admin/programs/" + program.id()))) {
			for (String from : List.of("WAITING", "ACCEPTED", "WITHDRAWN", "EXPIRED")) {
				String email = "transition-invitee" + TestData.next() + "@example.org";
				PageForms.send(mvc, page.base() + "/invitations", PageForms.fields(mvc, page.base(), page.base() + "/invitations", page.who(),
						Map.of("email", email, "displayName", "Transition Invitee")), page.who());
				Long invitation = jdbc.queryForObject("select max(id) from invitation where email = ?", Long.class, email);
				Timestamp earlier = Timestamp.from(clock.instant().minusSeconds(3600));
				switch (from) {
					case "ACCEPTED" -> jdbc.update("update invitation set accepted_at = ?, pending_email = null where id = ?", earlier, invitation);
					case "WITHDRAWN" -> jdbc.update("update invitation set withdrawn_at = ?, pending_email = null where id = ?", earlier, invitation);
					case "EXPIRED" -> jdbc.update("update invitation set expires_at = ? where id = ?", earlier, invitation);
					default -> {
					}
				}
				String before = row("invitation", invitation);
				mvc.perform(post(page.base() + "/invitations/{id}/withdraw", invitation).with(user(page.who())).with(csrf()));
				tried++;
				boolean withdrawnNow = jdbc.queryForObject("select count(*) from invitation where id = ? and withdrawn_at > ?", Long.class, invitation,
						earlier) == 1;
				if (from.equals("WAITING") ? !withdrawnNow : !row("invitation", invitation).equals(before)) {
					wrong.add("invitation withdraw on " + page.base() + " from " + from + (withdrawnNow ? ": withdrawn" : ": not withdrawn"));
				}
			}
		}
	}

	/** A staff member or colleague is deactivated once: a deactivated account stays as it was, on each page that does it. */
	private void deactivations(List<String> wrong) throws Exception {
		AccountUser admin = accounts.createAdmin("transition-deactivations" + TestData.next() + "@example.org", TestData.PASSWORD, "Deactivating Admin");
		for (String page : List.of("/employer/team", "/staff", "/admin/staff", "/admin/programs")) {
			for (String from : List.of("ACTIVE", "DEACTIVATED")) {
				AccountUser actor;
				AccountUser member;
				String base = page;
				switch (page) {
					case "/employer/team" -> {
						actor = data.employer(true);
						member = accounts.registerEmployerStaff("transition-colleague" + TestData.next() + "@example.org", TestData.PASSWORD,
								"Transition Colleague", actor.organizationId());
					}
					case "/staff" -> {
						TestData.Program program = data.program();
						actor = program.supervisor();
						member = program.otherCoach();
					}
					case "/admin/staff" -> {
						actor = admin;
						member = accounts.createPrivacyOfficer("transition-officer" + TestData.next() + "@example.org", TestData.PASSWORD,
								"Transition Officer");
					}
					default -> {
						TestData.Program program = data.program();
						actor = admin;
						member = program.otherCoach();
						base = "/admin/programs/" + program.id();
					}
				}
				if (from.equals("DEACTIVATED")) {
					jdbc.update("update user_account set deactivated_at = ? where id = ?", Timestamp.from(clock.instant().minusSeconds(3600)),
							member.id());
				}
				String before = row("user_account", member.id());
				mvc.perform(post(base + "/members/{id}/deactivate", member.id()).with(user(actor)).with(csrf()));
				tried++;
				boolean deactivated = jdbc.queryForObject("select count(*) from user_account where id = ? and deactivated_at is not null", Long.class,
						member.id()) == 1;
				if (!deactivated || (from.equals("DEACTIVATED") && !row("user_account", member.id()).equals(before))) {
					wrong.add("deactivate on " + page + " from " + from + (deactivated ? ": changed again" : ": still active"));
				}
			}
		}
	}

	/** A consultation's follow-up is marked done once; marking it again changes nothing. */
	private void consultations(List<String> wrong) throws Exception {
		AccountUser coach = data.program().coach();
		String employer = "Transition Consulted " + TestData.next();
		mvc.perform(post("/coach/consultations").param("employerName", employer).param("heldOn", LocalDate.now(clock).toString())
			.param("topics", "PEER_JOB_DESCRIPTIONS").param("tookPart", "HR director").with(user(coach)).with(csrf()));
		Long consultation = jdbc.queryForObject("select id from employer_consultation where employer_name = ?", Long.class, employer);
		for (String from : List.of("OPEN", "DONE")) {
			String before = row("employer_consultation", consultation);
			mvc.perform(post("/coach/consultations/{id}/followed-up", consultation).with(user(coach)).with(csrf()));
			tried++;
			boolean done = jdbc.queryForObject("select follow_up_done from employer_consultation where id = ?", Boolean.class, consultation);
			if (!done || (from.equals("DONE") && !row("employer_consultation", consultation).equals(before))) {
				wrong.add("consultation followed up from " + from + (done ? ": changed again" : ": not done"));
			}
		}
	}

	/**
	 * A person's own account and their case record: an invitation is accepted or declined while it waits, and a link is
	 * ended only while it holds.
	 */
	private void links(List<String> wrong) throws Exception {
		AccountUser coach = data.program().coach();
		for (String action : List.of("accept", "decline", "unlink")) {
			for (String from : List.of("NONE", "INVITED", "LINKED")) {
				AccountUser seeker = data.seeker();
				Long person = Enrollments.enroll(mvc, coach, LocalDate.now(clock).minusDays(30),
						"Transition Link " + TestData.next());
				jdbc.update("update participant set invited_account_id = ?, seeker_account_id = ? where id = ?",
						from.equals("INVITED") ? seeker.id() : null, from.equals("LINKED") ? seeker.id() : null, person);
				String before = row("participant", person);
				if (action.equals("unlink")) {
					mvc.perform(post("/my/coaching/unlink").with(user(seeker)).with(csrf()));
				}
				else {
					mvc.perform(post("/my/coaching/invitations/{p}/{answer}", person, action).with(user(seeker)).with(csrf()));
				}
				tried++;
				Map<String, Object> now = jdbc.queryForMap("select invited_account_id, seeker_account_id from participant where id = ?", person);
				String state = now.get("seeker_account_id") != null ? "LINKED" : now.get("invited_account_id") != null ? "INVITED" : "NONE";
				String expected = switch (action + " " + from) {
					case "accept INVITED" -> "LINKED";
					case "decline INVITED", "unlink LINKED" -> "NONE";
					default -> from;
				};
				if (!state.equals(expected) || (state.equals(from) && !row("participant", person).equals(before))) {
					wrong.add("link " + action + " from " + from + ": now " + state + " (expected " + expected + ")");
				}
			}
		}
	}

	/** A job the job bank suggested is dismissed only while it is a suggestion. */
	private void placements(List<String> wrong) throws Exception {
		AccountUser coach = data.program().coach();
		Long person = Enrollments.enroll(mvc, coach, LocalDate.now(clock).minusDays(30), "Transition Placements");
		for (String from : List.of("SUGGESTED", "CONFIRMED", "DISMISSED")) {
			mvc.perform(post("/coach/participants/{id}/placements", person).param("jobTitle", "Peer Support Specialist " + from)
				.param("employerName", "Shoreline Recovery Center").param("hoursPerWeek", "24").param("hourlyWage", "21.50")
				.param("openToAnyone", "true").param("state", "CT").param("startDate", LocalDate.now(clock).minusDays(3).toString())
				.with(user(coach)).with(csrf()));
			Long placement = jdbc.queryForObject("select max(id) from placement where participant_id = ?", Long.class, person);
			jdbc.update("update placement set status = ? where id = ?", from, placement);
			String before = row("placement", placement);
			mvc.perform(post("/coach/placements/{id}/dismiss", placement).with(user(coach)).with(csrf()));
			tried++;
			String after = jdbc.queryForObject("select status from placement where id = ?", String.class, placement);
			String expected = from.equals("SUGGESTED") ? "DISMISSED" : from;
			if (!after.equals(expected) || (expected.equals(from) && !row("placement", placement).equals(before))) {
				wrong.add("placement dismiss from " + from + ": now " + after + " (expected " + expected + ")");
			}
		}
	}

	/** The person's own moves on a linked record: revoking a consent once, agreeing to a plan version once. */
	private void ownMoves(List<String> wrong) throws Exception {
		AccountUser coach = data.program().coach();
		AccountUser seeker = data.seeker();
		Long person = Enrollments.enroll(mvc, coach, LocalDate.now(clock).minusDays(30), "Transition Own Moves");
		jdbc.update("update participant set seeker_account_id = ? where id = ?", seeker.id(), person);
		String page = "/coach/participants/" + person + "/consents";
		PageForms.send(mvc, page, PageForms.fields(mvc, page + "/new", page, coach, Map.of("discloser", "Shoreline Peer Employment",
				"information", "SESSION_ATTENDANCE", "description", "Whether the person comes.", "recipientName", "Jordan Fields", "purpose",
				"To plan support at work.", "signedOn", LocalDate.now(clock).toString(), "toldRightToRevoke", "true", "expiresOn",
				LocalDate.now(clock).plusMonths(6).toString())), coach);
		Long consent = jdbc.queryForObject("select max(id) from consent where participant_id = ?", Long.class, person);
		for (String from : List.of("ACTIVE", "REVOKED")) {
			String before = row("consent", consent);
			mvc.perform(post("/my/coaching/consents/{id}/revoke", consent).param("note", "Changed my mind " + from + ".").with(user(seeker))
				.with(csrf()));
			tried++;
			boolean revoked = jdbc.queryForObject("select count(*) from consent where id = ? and revoked_on is not null", Long.class, consent) == 1;
			if (!revoked || (from.equals("REVOKED") && !row("consent", consent).equals(before))) {
				wrong.add("own consent revoke from " + from + (revoked ? ": changed again" : ": not revoked"));
			}
		}
		String plan = "/coach/participants/" + person + "/plan";
		PageForms.send(mvc, plan, PageForms.fields(mvc, plan + "/edit", plan, coach, Map.of("employmentGoal", "A part-time job near home.")), coach);
		Integer number = jdbc.queryForObject("select max(number) from plan_version where participant_id = ?", Integer.class, person);
		Long version = jdbc.queryForObject("select id from plan_version where participant_id = ? and number = ?", Long.class, person, number);
		for (String from : List.of("OPEN", "AGREED")) {
			String before = row("plan_version", version);
			mvc.perform(post("/my/coaching/plan/{n}/agree", number).with(user(seeker)).with(csrf()));
			tried++;
			boolean agreed = jdbc.queryForObject("select count(*) from plan_version where id = ? and agreed_at is not null", Long.class, version) == 1;
			if (!agreed || (from.equals("AGREED") && !row("plan_version", version).equals(before))) {
				wrong.add("plan agree from " + from + (agreed ? ": changed again" : ": not agreed"));
			}
		}
	}

	/** An administrator turns off a staff member's two-step sign-in only while it is on. */
	private void twoStepResets(List<String> wrong) throws Exception {
		AccountUser admin = accounts.find(jdbc.queryForObject("select min(id) from user_account where role = 'ADMIN'", Long.class)).orElseThrow();
		for (String page : List.of("/admin/programs", "/admin/staff")) {
			for (String from : List.of("ON", "OFF")) {
				TestData.Program program = data.program();
				AccountUser member = page.equals("/admin/staff") ? accounts.createPrivacyOfficer("transition-two-step" + TestData.next()
						+ "@example.org", TestData.PASSWORD, "Two-step Officer") : program.coach();
				String base = page.equals("/admin/staff") ? page : page + "/" + program.id();
				if (from.equals("ON")) {
					jdbc.update("update user_account set totp_secret = coalesce(totp_secret, 'sealed-key-of-the-test'), totp_confirmed_at = ? where id = ?",
							Timestamp.from(clock.instant().minusSeconds(86_400)), member.id());
				}
				else {
					jdbc.update("update user_account set totp_secret = null, totp_confirmed_at = null where id = ?", member.id());
				}
				String before = row("user_account", member.id());
				mvc.perform(post(base + "/members/{id}/two-step", member.id()).param("reason", "Lost their phone and the recovery codes")
					.with(user(admin)).with(csrf()));
				tried++;
				boolean off = jdbc.queryForObject("select count(*) from user_account where id = ? and totp_secret is null", Long.class, member.id()) == 1;
				if (!off || (from.equals("OFF") && !row("user_account", member.id()).equals(before))) {
					wrong.add("two-step reset on " + page + " from " + from + (off ? ": changed again" : ": still on"));
				}
			}
		}
	}

	/** A supervisor records a trainee's move up once, and only for someone with a trainee period. */
	private void promotions(List<String> wrong) throws Exception {
		Long type = jdbc.queryForObject("select id from credential_type where code = 'CT-RSS'", Long.class);
		for (String from : List.of("NO_TRAINEE_PERIOD", "TRAINEE", "PROMOTED")) {
			TestData.Program program = data.program();
			AccountUser coach = program.coach();
			mvc.perform(post("/credentials").param("typeId", type.toString()).with(user(coach)).with(csrf()));
			Long track = jdbc.queryForObject("select id from credential_track where account_id = ? and type_id = ?", Long.class, coach.id(), type);
			LocalDate since = LocalDate.now(clock).minusMonths(8);
			jdbc.update("update credential_track set trainee_since = ?, promoted_on = ?, promoted_by = ? where id = ?",
					from.equals("NO_TRAINEE_PERIOD") ? null : since, from.equals("PROMOTED") ? since.plusMonths(7) : null,
					from.equals("PROMOTED") ? program.supervisor().id() : null, track);
			String before = row("credential_track", track);
			mvc.perform(post("/credentials/verify/tracks/{id}/promote", track).param("promotedOn", LocalDate.now(clock).toString())
				.with(user(program.supervisor())).with(csrf()));
			tried++;
			boolean promotedToday = jdbc.queryForObject("select count(*) from credential_track where id = ? and promoted_on = ?", Long.class, track,
					LocalDate.now(clock)) == 1;
			if (from.equals("TRAINEE") ? !promotedToday : !row("credential_track", track).equals(before)) {
				wrong.add("promotion from " + from + (promotedToday ? ": promoted today" : ": not promoted"));
			}
		}
	}

	/** The whole row, to see that a refused move changed nothing in it. */
	private String row(String table, Long id) {
		StringBuilder all = new StringBuilder();
		jdbc.query("select * from " + table + " where id = ?", rs -> {
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				all.append(rs.getString(i)).append('|');
			}
		}, id);
		return all.toString();
	}

	private void discharge(AccountUser coach, Long person) throws Exception {
		mvc.perform(post("/coach/participants/{id}/discharge", person).param("reason", "GOALS_MET").param("on", LocalDate.now(clock).toString())
			.with(user(coach)).with(csrf()));
	}

	private long enrollmentsOf(Long person) {
		return jdbc.queryForObject("select count(*) from enrollment where participant_id = ?", Long.class, person);
	}
}
