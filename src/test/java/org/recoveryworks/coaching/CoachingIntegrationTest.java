package org.recoveryworks.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@org.junit.jupiter.api.Tag("database")
class CoachingIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.recoveryworks.jobs.JobBank jobBank;

	@Autowired
	Sessions sessions;

	@Autowired
	org.recoveryworks.shared.mail.DevMailbox mailbox;

	private Long enroll(AccountUser coach, String name) throws Exception {
		String location = mvc.perform(enrollment(post("/coach/participants"), name).with(user(coach)).with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/participants/*"))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder enrollment(MockHttpServletRequestBuilder request, String name) {
		return request.param("fullName", name).param("preferredName", name.split(" ")[0]).param("email", "p" + TestData.next() + "@example.org")
			.param("town", "Middletown").param("zip", "06457").param("language", "English")
			.param("enrolledOn", LocalDate.now(clock).toString()).param("referralSource", "Self")
			.param("employmentStatus", "UNEMPLOYED_LOOKING").param("benefits", "SSDI")
			.param("ownGoals", "I want a part-time job where I can help people.");
	}

	private MockHttpServletRequestBuilder plan(MockHttpServletRequestBuilder request, int base, String employmentGoal) {
		return request.param("baseNumber", String.valueOf(base)).param("employmentGoal", employmentGoal)
			.param("strengths", "Good listener").param("preferredWork", "peer support").param("preferredHours", "20")
			.param("steps[0].what", "Finish the CCAR recovery coach training").param("steps[0].who", "Me")
			.param("steps[0].byWhen", LocalDate.now(clock).plusDays(3).toString()).param("steps[0].status", "IN_PROGRESS");
	}

	@Test
	void aCoachEnrollsAPersonAndEveryReadAndWriteIsAudited() throws Exception {
		TestData.Program program = data.program();
		Long id = enroll(program.coach(), "Avery Morgan");

		String record = mvc.perform(get("/coach/participants/{id}", id).with(user(program.coach())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Avery")))
			.andExpect(content().string(containsString("I want a part-time job where I can help people.")))
			.andReturn().getResponse().getContentAsString();
		// Ending the enrollment is a step of its own: closed until opened, no reason chosen for the coach, confirmed.
		org.jsoup.nodes.Element discharge = org.jsoup.Jsoup.parse(record).selectFirst("details#discharge");
		assertThat(discharge).isNotNull();
		assertThat(discharge.hasAttr("open")).isFalse();
		assertThat(discharge.select("select#reason option").first().attr("value")).isEmpty();
		assertThat(discharge.select("select#reason option[selected]")).isEmpty();
		assertThat(discharge.select("button[type=submit]").text()).isEqualTo("Yes, end the enrollment");
		mvc.perform(get("/coach").with(user(program.coach())))
			.andExpect(content().string(containsString("Avery")));

		List<AuditTrail.Entry> entries = audit.forParticipant(id);
		assertThat(entries).extracting(AuditTrail.Entry::action).contains(AuditTrail.Action.CREATE, AuditTrail.Action.READ);
		assertThat(entries).extracting(AuditTrail.Entry::recordType).contains("participant", "caseload");
		assertThat(entries).allSatisfy(e -> {
			assertThat(e.actorId()).isEqualTo(program.coach().id());
			assertThat(e.fromAddress()).isNotBlank();
		});
	}

	@Test
	void anotherCoachAnEmployerAndAnAdminGetNotFoundOnEveryPageAndEndpoint() throws Exception {
		TestData.Program program = data.program();
		Long id = enroll(program.coach(), "Jamie Rivera");
		mvc.perform(plan(post("/coach/participants/{id}/plan", id), 0, "Work as a peer mentor").with(user(program.coach())).with(csrf()));
		Long sessionId = scheduleSession(program.coach(), id);
		int before = audit.forParticipant(id).size();

		TestData.Program otherProgram = data.program();
		List<AccountUser> strangers = List.of(program.otherCoach(), otherProgram.coach(), otherProgram.supervisor(),
				data.employer(true), TestData.admin(), data.seeker());
		List<String> pages = List.of("/coach/participants/" + id, "/coach/participants/" + id + "/edit",
				"/coach/participants/" + id + "/plan", "/coach/participants/" + id + "/plan/edit",
				"/coach/participants/" + id + "/plan/print", "/coach/participants/" + id + "/plan.pdf",
				"/coach/participants/" + id + "/plan/compare?from=1&to=1",
				"/coach/participants/" + id + "/sessions/new", "/coach/participants/" + id + "/jobs", "/coach/sessions/" + sessionId, "/coach/sessions/" + sessionId + ".ics",
				"/api/v1/participants/" + id, "/api/v1/participants/" + id + "/plan", "/api/v1/participants/" + id + "/sessions");
		for (AccountUser stranger : strangers) {
			for (String page : pages) {
				mvc.perform(get(page).with(user(stranger)))
					.andExpect(result -> assertThat(result.getResponse().getStatus())
						.as("%s as %s", page, stranger.role()).isEqualTo(404));
			}
			for (String action : List.of("/coach/participants/" + id, "/coach/participants/" + id + "/plan",
					"/coach/participants/" + id + "/discharge", "/coach/participants/" + id + "/reenroll",
					"/coach/participants/" + id + "/invite", "/coach/participants/" + id + "/sessions",
					"/coach/participants/" + id + "/jobs/1/save",
					"/coach/sessions/" + sessionId)) {
				mvc.perform(enrollment(plan(post(action), 1, "Changed"), "Changed Name").param("reason", "OTHER")
					.param("date", LocalDate.now(clock).toString()).param("time", "10:00").param("minutes", "30")
					.with(user(stranger)).with(csrf()))
					.andExpect(result -> assertThat(result.getResponse().getStatus())
						.as("POST %s as %s", action, stranger.role()).isEqualTo(404));
			}
		}
		// The module's other records of this person: mentoring, trainings, saved jobs.
		mvc.perform(post("/coach/mentors").param("name", "Mentor M").with(user(program.coach())).with(csrf()));
		Long mentorId = jdbc.queryForObject("select max(id) from peer_mentor where program_id = ?", Long.class, program.id());
		mvc.perform(post("/coach/participants/{id}/mentoring", id).param("mentorId", String.valueOf(mentorId))
			.with(user(program.coach())).with(csrf()));
		Long pairingId = jdbc.queryForObject("select id from mentoring_pairing where participant_id = ?", Long.class, id);
		mvc.perform(post("/coach/trainings").param("kind", "WEBINAR").param("title", "Disclosure at work").param("heldOn", LocalDate.now(clock).toString())
			.param("hours", "1").param("audience", "PARTICIPANTS").with(user(program.coach())).with(csrf()));
		Long eventId = jdbc.queryForObject("select max(id) from training_event where program_id = ?", Long.class, program.id());
		mvc.perform(post("/coach/trainings/{e}/registrations", eventId).param("participantId", String.valueOf(id))
			.with(user(program.coach())).with(csrf()));
		Long registrationId = jdbc.queryForObject("select id from training_registration where participant_id = ?", Long.class, id);
		mvc.perform(post("/coach/trainings/registrations/{r}", registrationId).param("completed", "true").with(user(program.coach())).with(csrf()));
		before = audit.forParticipant(id).size();
		for (AccountUser stranger : strangers) {
			for (var request : List.of(get("/coach/trainings/registrations/" + registrationId + "/certificate.pdf"),
					post("/coach/trainings/registrations/" + registrationId).param("attended", "false"),
					post("/coach/mentoring/" + pairingId + "/meetings").param("metOn", LocalDate.now(clock).toString()).param("minutes", "30"),
					post("/coach/mentoring/" + pairingId + "/end"))) {
				mvc.perform(request.with(user(stranger)).with(csrf()))
					.andExpect(result -> assertThat(result.getResponse().getStatus())
						.as("%s as %s", result.getRequest().getRequestURI(), stranger.role()).isEqualTo(404));
			}
			if (stranger != program.otherCoach()) {
				mvc.perform(get("/coach/trainings/" + eventId).with(user(stranger)))
					.andExpect(result -> assertThat(result.getResponse().getStatus()).as("training as %s", stranger.role()).isEqualTo(404));
			}
		}
		assertThat(audit.forParticipant(id)).hasSize(before);

		// Nothing changed and nobody else's access was recorded as a read of the record.
		assertThat(audit.forParticipant(id)).hasSize(before);
		assertThat(jdbc.queryForObject("select full_name from participant where id = ?", String.class, id)).isEqualTo("Jamie Rivera");

		// The program's supervisor does see it.
		mvc.perform(get("/coach/participants/{id}", id).with(user(program.supervisor()))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/participants/{id}", id).with(user(program.supervisor())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.fullName").value("Jamie Rivera"));
	}

	private Long scheduleSession(AccountUser coach, Long participantId) throws Exception {
		String location = mvc.perform(post("/coach/participants/{id}/sessions", participantId)
			.param("date", LocalDate.now(clock).minusDays(5).toString()).param("time", "10:00").param("minutes", "45")
			.param("mode", "PHONE").param("kind", "JOB_SEARCH").with(user(coach)).with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/sessions/*"))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void planVersionsAreKeptComparedAndAgreedToByThePersonThroughTheirOwnAccount() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long id = enroll(coach, "Sky Patel");

		mvc.perform(plan(post("/coach/participants/{id}/plan", id), 0, "Work as a peer mentor").with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "plan.saved"));
		mvc.perform(plan(post("/coach/participants/{id}/plan", id), 1, "Work as a peer mentor, 20 hours a week").with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "plan.saved"));
		// An edit that started from version 1 after version 2 was saved is refused, not lost silently.
		mvc.perform(plan(post("/coach/participants/{id}/plan", id), 1, "Someone else's edit").with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved a new version of this plan")))
			.andExpect(content().string(containsString("Someone else&#39;s edit")))
			.andExpect(content().string(containsString("name=\"baseNumber\" value=\"2\"")));
		assertThat(jdbc.queryForObject("select count(*) from plan_version where participant_id = ?", Long.class, id)).isEqualTo(2);

		mvc.perform(get("/coach/participants/{id}/plan/compare", id).param("from", "1").param("to", "2").with(user(coach)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Work as a peer mentor, 20 hours a week")));
		mvc.perform(get("/coach/participants/{id}/plan", id).with(user(coach)))
			.andExpect(content().string(containsString("Waiting for the person&#39;s agreement")));

		// The coach invites the person's job seeker account; it is linked only when they accept.
		AccountUser person = data.seeker();
		mvc.perform(post("/coach/participants/{id}/invite", id).param("email", person.email()).with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "participant.invited"));
		mvc.perform(get("/my/coaching").with(user(person)))
			.andExpect(content().string(containsString("invited you to link your account")))
			.andExpect(content().string(containsString("Agree and link my account")));
		mvc.perform(post("/my/coaching/invitations/{id}/accept", id).with(user(person)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "invite.accepted"));
		mvc.perform(get("/my/coaching").with(user(person)))
			.andExpect(content().string(containsString("Work as a peer mentor, 20 hours a week")));
		mvc.perform(post("/my/coaching/plan/2/agree").with(user(person)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "plan.agreed"));
		assertThat(jdbc.queryForObject("select agreed_at from plan_version where participant_id = ? and number = 2",
				java.sql.Timestamp.class, id)).isNotNull();

		// The person changes their own plan: that version counts as agreed by them.
		mvc.perform(plan(post("/my/coaching/plan"), 2, "Peer mentor, then recovery coach").with(user(person)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "plan.savedByParticipant"));
		mvc.perform(get("/coach/participants/{id}/plan", id).with(user(coach)))
			.andExpect(content().string(containsString("Peer mentor, then recovery coach")))
			.andExpect(content().string(containsString("Agreed by the person")));

		mvc.perform(get("/my/coaching/plan/compare").param("from", "2").param("to", "3").with(user(person)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Peer mentor, then recovery coach")));
		mvc.perform(get("/my/coaching/plan/print").with(user(person)))
			.andExpect(content().string(containsString("Person-centered employment action plan")))
			.andExpect(content().string(containsString("href=\"/my/coaching/plan.pdf\"")));
		// The plan as a PDF to keep: tagged PDF/UA, in the order of the page, the person's own words as written.
		byte[] pdf = mvc.perform(get("/my/coaching/plan.pdf").with(user(person)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		org.recoveryworks.PdfChecks.assertTaggedPdfUa(pdf, "en-US", "Person-centered employment action plan: " + person.displayName(),
				"H1", "H2", "H3", "P", "Table", "TH", "TD");
		org.recoveryworks.PdfChecks.assertInOrder(pdf, "Person-centered employment action plan", person.displayName(), "Version 3",
				"Agreed by the person on", "Goals in the person's own words", "Employment", "Peer mentor, then recovery coach",
				"Strengths", "Good listener", "Work preferences", "peer support", "Steps", "What",
				"Finish the CCAR recovery coach training", "Me", "In progress");
		// The coach's copy in Spanish: the product's words in Spanish, the person's words as written.
		byte[] spanish = mvc.perform(get("/coach/participants/{id}/plan.pdf", id).with(user(coach)).header("Accept-Language", "es-US"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		org.recoveryworks.PdfChecks.assertTaggedPdfUa(spanish, "es-US", "Plan de acción de empleo centrado en la persona: Sky Patel",
				"H1", "H2", "H3", "Table");
		org.recoveryworks.PdfChecks.assertInOrder(spanish, "Plan de acción de empleo centrado en la persona", "Sky Patel", "Versión 3",
				"Metas en las propias palabras de la persona", "Empleo", "Peer mentor, then recovery coach", "Pasos", "En curso");
		mvc.perform(get("/coach/participants/{id}/plan", id).with(user(coach)))
			.andExpect(content().string(containsString("compare?from=1&amp;to=3")));
		mvc.perform(post("/coach/participants/{id}/invite", id).param("email", data.seeker().email()).with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "participant.invite.linked"));

		// Another seeker sees none of it.
		AccountUser other = data.seeker();
		mvc.perform(post("/my/coaching/plan/2/agree").with(user(other)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/my/coaching/invitations/{id}/accept", id).with(user(other)).with(csrf())).andExpect(status().isNotFound());

		assertThat(audit.forParticipant(id)).extracting(AuditTrail.Entry::actorId).contains(person.id(), coach.id());

		// The person can take their consent back.
		mvc.perform(post("/my/coaching/unlink").with(user(person)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "invite.unlinked"));
		mvc.perform(get("/my/coaching/plan/print").with(user(person))).andExpect(status().isNotFound());
		mvc.perform(get("/my/coaching/plan.pdf").with(user(person))).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select seeker_account_id from participant where id = ?", Long.class, id)).isNull();
	}

	@Test
	void sessionsAreScheduledDocumentedAndDueOnTheDashboard() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long id = enroll(coach, "Rowan Lee");
		mvc.perform(plan(post("/coach/participants/{id}/plan", id), 0, "Get a job as a driver").with(user(coach)).with(csrf()));
		Long sessionId = scheduleSession(coach, id);

		mvc.perform(get("/coach").with(user(coach)))
			.andExpect(content().string(containsString("Overdue")))
			.andExpect(content().string(containsString("Finish the CCAR recovery coach training")));
		mvc.perform(get("/coach/sessions/{id}.ics", sessionId).with(user(coach)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(content().string(containsString("BEGIN:VEVENT")))
			.andExpect(content().string(containsString("SUMMARY:Coaching session with Rowan")));

		mvc.perform(get("/coach/sessions/{id}", sessionId).with(user(coach)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"topics\"")))
			.andExpect(content().string(containsString("Add to calendar")));
		long version = jdbc.queryForObject("select version from coaching_session where id = ?", Long.class, sessionId);
		mvc.perform(post("/coach/sessions/{id}", sessionId).param("version", String.valueOf(version))
			.param("date", LocalDate.now(clock).minusDays(5).toString()).param("time", "10:00").param("minutes", "50")
			.param("mode", "PHONE").param("kind", "JOB_SEARCH").param("topics", "Résumé, driving jobs")
			.param("goalsTouched", "employment").param("note", "Rowan updated the résumé.").param("nextSteps", "Apply to two jobs")
			.with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "session.documented"));
		mvc.perform(get("/coach").with(user(coach)))
			.andExpect(content().string(containsString("Every past session is documented.")));
		// The morning reminder goes to the coach for tomorrow's sessions.
		Long tomorrow = jdbc.queryForObject("select max(id) from coaching_session", Long.class);
		mvc.perform(post("/coach/participants/{id}/sessions", id).param("date", LocalDate.now(clock).plusDays(1).toString())
			.param("time", "14:00").param("minutes", "30").param("mode", "VIDEO").param("kind", "FOLLOW_ALONG")
			.with(user(coach)).with(csrf()));
		sessions.sendReminders();
		assertThat(mailbox.to(coach.email())).extracting(org.recoveryworks.shared.mail.DevMailbox.Message::subject)
			.anySatisfy(subject -> assertThat(subject).startsWith("Reminder: session on"));
		String personEmail = jdbc.queryForObject("select email from participant where id = ?", String.class, id);
		// A participant without an account gets the calendar file through an unguessable link in their e-mail.
		String scheduledMail = mailbox.to(personEmail).stream().map(org.recoveryworks.shared.mail.DevMailbox.Message::body)
			.filter(b -> b.contains("/calendar/")).findFirst().orElseThrow();
		java.util.regex.Matcher calendarLink = java.util.regex.Pattern.compile("/calendar/([A-Za-z0-9_-]+)\\.ics").matcher(scheduledMail);
		assertThat(calendarLink.find()).isTrue();
		mvc.perform(get("/calendar/{t}.ics", calendarLink.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SUMMARY:Meeting with " + coach.displayName())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Rowan"))));
		mvc.perform(get("/calendar/{t}.ics", "nottherighttokenatall123")).andExpect(status().isNotFound());
		assertThat(mailbox.to(personEmail)).extracting(org.recoveryworks.shared.mail.DevMailbox.Message::subject)
			.anySatisfy(subject -> assertThat(subject).startsWith("Reminder: session on"));
		// The administrators' mailbox page shows that it was sent, not to whom: who is a participant is not theirs to know.
		mvc.perform(get("/admin/mailbox").with(user(TestData.admin())))
			.andExpect(content().string(containsString("Mail about a case record (hidden)")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(personEmail))));
		// The person, once linked, gets their own calendar file, naming their coach and nothing else.
		AccountUser person = data.seeker();
		mvc.perform(post("/coach/participants/{id}/invite", id).param("email", person.email()).with(user(coach)).with(csrf()));
		mvc.perform(post("/my/coaching/invitations/{id}/accept", id).with(user(person)).with(csrf()));
		Long upcoming = jdbc.queryForObject("select max(id) from coaching_session where participant_id = ?", Long.class, id);
		assertThat(upcoming).isNotEqualTo(tomorrow);
		mvc.perform(get("/my/coaching").with(user(person)))
			.andExpect(content().string(containsString("/my/coaching/sessions/" + upcoming + ".ics")));
		mvc.perform(get("/my/coaching/sessions/{s}.ics", upcoming).with(user(person)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SUMMARY:Meeting with " + coach.displayName())));
		mvc.perform(get("/my/coaching/sessions/{s}.ics", upcoming).with(user(data.seeker()))).andExpect(status().isNotFound());

		// Documenting again from the old version is an edit conflict: the note being written is kept.
		mvc.perform(post("/coach/sessions/{id}", sessionId).param("version", String.valueOf(version))
			.param("minutes", "50").param("mode", "PHONE").param("kind", "JOB_SEARCH").param("note", "A second note")
			.param("date", LocalDate.now(clock).toString()).param("time", "10:00")
			.with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record while you were editing it")))
			// Both versions, side by side: the note typed here and the one saved meanwhile.
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*id=\"edit-conflict\".*A second note.*Rowan updated the résumé[.].*</table>.*")))
			.andExpect(content().string(containsString("A second note")));
		assertThat(jdbc.queryForObject("select note from coaching_session where id = ?", String.class, sessionId))
			.isEqualTo("Rowan updated the résumé.");
	}

	@Test
	void supportGroupsRecordAttendanceOnlyAndOnlyForTheirProgram() throws Exception {
		TestData.Program program = data.program();
		Long first = enroll(program.coach(), "Alex Grant");
		Long second = enroll(program.otherCoach(), "Blair Stone");
		String location = mvc.perform(post("/coach/groups").param("name", "Working Tuesdays").param("schedule", "Tuesdays 6 pm")
			.with(user(program.coach())).with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/groups/*")).andReturn().getResponse().getRedirectedUrl();
		Long groupId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(get("/coach/groups").with(user(program.coach())))
			.andExpect(content().string(containsString("Working Tuesdays")));
		// A coach sees and marks only their own caseload; the supervisor, the whole program.
		mvc.perform(get("/coach/groups/{id}", groupId).with(user(program.coach())))
			.andExpect(content().string(containsString("Alex")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Blair"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<textarea"))));
		mvc.perform(post("/coach/groups/{id}/meetings", groupId).param("heldOn", LocalDate.now(clock).minusDays(1).toString())
			.param("present", String.valueOf(second)).with(user(program.coach())).with(csrf()))
			.andExpect(content().string(containsString("on your caseload")));
		mvc.perform(get("/coach/groups/{id}", groupId).with(user(program.supervisor())))
			.andExpect(content().string(containsString("Blair")));
		mvc.perform(post("/coach/groups/{id}/meetings", groupId).param("heldOn", LocalDate.now(clock).toString())
			.param("theme", "Talking about gaps in work history").param("present", String.valueOf(first))
			.param("present", String.valueOf(second)).param("note", "Alex said something private")
			.with(user(program.supervisor())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "group.meetingRecorded"));
		mvc.perform(get("/coach/groups/{id}", groupId).with(user(program.coach())))
			.andExpect(content().string(containsString("2 attended")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Blair"))));
		mvc.perform(get("/coach/participants/{id}", first).with(user(program.coach())))
			.andExpect(content().string(containsString("Support group meetings attended: 1")));
		assertThat(jdbc.queryForObject("select count(*) from group_attendance where participant_id in (?, ?)", Long.class, first, second))
			.isEqualTo(2);
		assertThat(audit.forParticipant(second)).extracting(AuditTrail.Entry::recordType).contains("group_attendance");
		// Nothing a member said is stored anywhere: no column can hold it.
		assertThat(jdbc.queryForList("select column_name from information_schema.columns where lower(table_name) in "
				+ "('group_meeting', 'group_attendance')", String.class))
			.extracting(String::toLowerCase)
			.containsExactlyInAnyOrder("id", "group_id", "held_on", "theme", "recorded_by", "meeting_id", "participant_id");

		mvc.perform(post("/coach/groups/{id}/meetings", groupId).param("heldOn", LocalDate.now(clock).plusDays(2).toString())
			.with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be in the future")));
		TestData.Program other = data.program();
		Long stranger = enroll(other.coach(), "Casey Out");
		mvc.perform(post("/coach/groups/{id}/meetings", groupId).param("heldOn", LocalDate.now(clock).minusDays(7).toString())
			.param("present", String.valueOf(stranger)).with(user(program.coach())).with(csrf()))
			.andExpect(content().string(containsString("on your caseload")));
		mvc.perform(get("/coach/groups/{id}", groupId).with(user(other.coach()))).andExpect(status().isNotFound());
		mvc.perform(get("/coach/groups/{id}", groupId).with(user(data.employer(true)))).andExpect(status().isNotFound());
		mvc.perform(get("/coach/groups/{id}", groupId).with(user(TestData.admin()))).andExpect(status().isNotFound());
	}

	@Test
	void theCoachAndThePersonFindJobsThatMatchThePlanAndSaveThem() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long id = enroll(coach, "Morgan Hale");
		mvc.perform(post("/coach/participants/{id}/plan", id).param("baseNumber", "0")
			.param("employmentGoal", "A peer support job near home").param("preferredWork", "peer support")
			.param("preferredPlace", "06702").param("preferredHours", "40").param("wantsPeerRole", "true")
			.with(user(coach)).with(csrf()));

		String page = mvc.perform(get("/coach/participants/{id}/jobs", id).with(user(coach)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recovery Support Specialist Trainee (40 Hour)")))
			.andExpect(content().string(containsString("peer role preference")))
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher save = java.util.regex.Pattern.compile("/coach/participants/" + id + "/jobs/(\\d+)/save").matcher(page);
		assertThat(save.find()).isTrue();
		Long postingId = Long.valueOf(save.group(1));

		mvc.perform(post("/coach/participants/{id}/jobs/{p}/save", id, postingId).with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "jobs.saved"));
		mvc.perform(post("/coach/participants/{id}/jobs/{p}/save", id, postingId).with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "jobs.saved"));
		assertThat(jdbc.queryForObject("select count(*) from saved_job where participant_id = ?", Long.class, id)).isEqualTo(1);

		// The person, once linked, sees the same saved job and can remove it.
		AccountUser person = data.seeker();
		mvc.perform(post("/coach/participants/{id}/invite", id).param("email", person.email()).with(user(coach)).with(csrf()));
		mvc.perform(post("/my/coaching/invitations/{id}/accept", id).with(user(person)).with(csrf()));
		mvc.perform(get("/my/coaching/jobs").with(user(person)))
			.andExpect(content().string(containsString("id=\"saved-jobs\"")))
			.andExpect(content().string(containsString("/my/coaching/jobs/" + postingId + "/remove")));
		mvc.perform(post("/my/coaching/jobs/{p}/remove", postingId).with(user(person)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "jobs.removed"));
		assertThat(jdbc.queryForObject("select count(*) from saved_job where participant_id = ?", Long.class, id)).isZero();
		// The coach sees only the applications the person chose to share.
		Long appliedTo = jdbc.queryForObject("select min(id) from posting where status = 'PUBLISHED' and organization_verified = true "
				+ "and close_date > ? and not exists (select 1 from posting_question q where q.posting_id = posting.id "
				+ "and q.required = true)", Long.class, java.sql.Date.valueOf(LocalDate.now(clock)));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/jobs/{p}/apply", appliedTo)
			.param("fullName", "Morgan Hale").param("email", person.email()).with(user(person)).with(csrf()));
		Long applicationId = jdbc.queryForObject("select id from job_application where seeker_id = ?", Long.class, person.id());
		mvc.perform(get("/coach/participants/{id}/jobs", id).with(user(coach)))
			.andExpect(content().string(containsString("The person has not shared any applications.")));
		mvc.perform(post("/my/applications/{a}/share", applicationId).param("share", "true").with(user(person)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "board.shared"));
		mvc.perform(get("/coach/participants/{id}/jobs", id).with(user(coach)))
			.andExpect(content().string(containsString("id=\"shared-applications\"")))
			.andExpect(content().string(containsString("Received")));
		mvc.perform(post("/my/applications/{a}/share", applicationId).param("share", "true").with(user(data.seeker())).with(csrf()))
			.andExpect(status().isNotFound());

		// A seeker with no linked record has no such page.
		mvc.perform(get("/my/coaching/jobs").with(user(data.seeker()))).andExpect(status().isNotFound());
		assertThat(audit.forParticipant(id)).extracting(AuditTrail.Entry::recordType).contains("job_matches", "saved_job");
	}

	@Test
	void aParticipantIsPairedWithAPeerMentorMeetsAndThePairingEnds() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long id = enroll(coach, "Harper Quinn");
		mvc.perform(post("/coach/mentors").param("name", "").with(user(coach)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Enter the mentor&#39;s name.")));
		mvc.perform(post("/coach/mentors").param("name", "Sam Ortiz").param("work", "Peer specialist at a clinic")
			.with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "mentoring.mentorAdded"));
		Long mentorId = jdbc.queryForObject("select id from peer_mentor where program_id = ?", Long.class, program.id());

		mvc.perform(post("/coach/participants/{id}/mentoring", id).param("mentorId", String.valueOf(mentorId))
			.with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "mentoring.paired"));
		mvc.perform(post("/coach/participants/{id}/mentoring", id).param("mentorId", String.valueOf(mentorId))
			.with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "mentoring.alreadyPaired"));
		Long pairingId = jdbc.queryForObject("select id from mentoring_pairing where participant_id = ?", Long.class, id);

		mvc.perform(post("/coach/mentoring/{p}/meetings", pairingId).param("metOn", LocalDate.now(clock).toString())
			.param("minutes", "45").param("mode", "PHONE").with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "mentoring.met"));
		mvc.perform(post("/coach/mentoring/{p}/meetings", pairingId).param("metOn", LocalDate.now(clock).plusDays(1).toString())
			.param("minutes", "45").with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "mentoring.metOn.invalid"));
		mvc.perform(get("/coach/participants/{id}", id).with(user(coach)))
			.andExpect(content().string(containsString("Paired with Sam Ortiz since")))
			.andExpect(content().string(containsString("1 meetings")));
		mvc.perform(post("/coach/mentoring/{p}/end", pairingId).param("reason", "Harper found work").with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "mentoring.endedNow"));
		mvc.perform(get("/coach/participants/{id}", id).with(user(coach)))
			.andExpect(content().string(containsString("Paired with Sam Ortiz from")));

		// Someone else's participant: not found, nothing changed.
		TestData.Program other = data.program();
		mvc.perform(post("/coach/mentoring/{p}/meetings", pairingId).param("metOn", LocalDate.now(clock).toString())
			.param("minutes", "30").with(user(other.coach())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/coach/participants/{id}/mentoring", id).param("mentorId", String.valueOf(mentorId))
			.with(user(program.otherCoach())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from mentoring_meeting where pairing_id = ?", Long.class, pairingId)).isEqualTo(1);
		assertThat(audit.forParticipant(id)).extracting(AuditTrail.Entry::recordType).contains("mentoring");
	}

	@Test
	void trainingsFromCurriculaAreRegisteredAttendedCompletedAndCertified() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long id = enroll(coach, "Jordan Park");
		mvc.perform(post("/coach/curricula").param("name", "Employment curriculum")
			.param("modules", "Why work?\nBenefits and work\nFinding a job\nDisclosure\nInterviewing\nKeeping a job\nCareer growth")
			.with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "training.curriculum.created"));
		Long moduleId = jdbc.queryForObject("select m.id from curriculum_module m join curriculum c on c.id = m.curriculum_id "
				+ "where c.program_id = ? and m.name = 'Benefits and work'", Long.class, program.id());
		mvc.perform(post("/coach/trainings").param("kind", "WORKSHOP").param("title", "Benefits and work")
			.param("heldOn", LocalDate.now(clock).plusDays(7).toString()).param("hours", "abc").param("audience", "PARTICIPANTS")
			.with(user(coach)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Please enter a number")));
		String location = mvc.perform(post("/coach/trainings").param("kind", "WORKSHOP").param("title", "Benefits and work")
			.param("heldOn", LocalDate.now(clock).toString()).param("hours", "2.5").param("audience", "PARTICIPANTS")
			.param("moduleId", String.valueOf(moduleId)).with(user(coach)).with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/trainings/*")).andReturn().getResponse().getRedirectedUrl();
		Long eventId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(post("/coach/trainings/{e}/registrations", eventId).param("participantId", String.valueOf(id))
			.with(user(coach)).with(csrf())).andExpect(flash().attribute("flashKey", "training.registered"));
		mvc.perform(post("/coach/trainings/{e}/registrations", eventId).param("participantId", String.valueOf(id))
			.with(user(coach)).with(csrf())).andExpect(flash().attribute("errorKey", "training.alreadyRegistered"));
		mvc.perform(post("/coach/trainings/{e}/registrations", eventId).param("attendeeName", "Pat from Shoreline HR")
			.with(user(coach)).with(csrf())).andExpect(flash().attribute("flashKey", "training.registered"));
		Long registrationId = jdbc.queryForObject("select id from training_registration where participant_id = ?", Long.class, id);

		mvc.perform(get("/coach/trainings/registrations/{r}/certificate.pdf", registrationId).with(user(coach)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/coach/trainings/registrations/{r}", registrationId).param("completed", "true").with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "training.recorded"));
		byte[] pdf = mvc.perform(get("/coach/trainings/registrations/{r}/certificate.pdf", registrationId).with(user(coach)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		// A tagged PDF/UA that reads as the certificate is laid out, with the day written as the pages write it.
		org.recoveryworks.PdfChecks.assertTaggedPdfUa(pdf, "en-US", "Certificate of Completion - Jordan", "H1", "P");
		org.recoveryworks.PdfChecks.assertInOrder(pdf, "Certificate of Completion", "This certifies that", "Jordan", "has completed",
				"Benefits and work", java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.US).format(LocalDate.now(clock)) + " - 2.5 hours");
		mvc.perform(get("/coach/participants/{id}", id).with(user(coach)))
			.andExpect(content().string(containsString("Benefits and work")))
			.andExpect(content().string(containsString("Completed")));
		assertThat(audit.forParticipant(id)).extracting(AuditTrail.Entry::recordType).contains("training");

		mvc.perform(get("/coach/trainings/registrations/{r}/certificate.pdf", registrationId).with(user(program.otherCoach())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/coach/trainings/{e}", eventId).with(user(program.otherCoach())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Jordan"))))
			.andExpect(content().string(containsString("1 more registered from other caseloads")));
		TestData.Program other = data.program();
		mvc.perform(get("/coach/trainings/{e}", eventId).with(user(other.coach()))).andExpect(status().isNotFound());
		mvc.perform(get("/coach/trainings/registrations/{r}/certificate.pdf", registrationId).with(user(other.coach())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/coach/trainings/{e}", eventId).with(user(data.employer(true)))).andExpect(status().isNotFound());
		mvc.perform(post("/coach/trainings/{e}/registrations", eventId).param("participantId", String.valueOf(enroll(other.coach(), "Out Sider")))
			.with(user(coach)).with(csrf())).andExpect(flash().attribute("errorKey", "training.participant.invalid"));
	}

	@Test
	void consultationsWithEmployersAreRecordedWithTopicsAgreementsAndFollowUps() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		mvc.perform(post("/coach/consultations").param("employerName", "").param("heldOn", LocalDate.now(clock).plusDays(1).toString())
			.with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the employer&#39;s name.")))
			.andExpect(content().string(containsString("The date cannot be in the future.")))
			.andExpect(content().string(containsString("Choose at least one topic.")));
		mvc.perform(post("/coach/consultations").param("employerName", "Shoreline Health").param("heldOn", LocalDate.now(clock).toString())
			.param("topics", "PEER_JOB_DESCRIPTIONS").param("topics", "DUAL_RELATIONSHIPS").param("tookPart", "HR director, clinical lead")
			.param("agreed", "Rewrite the peer specialist job description").param("followUpOn", LocalDate.now(clock).toString())
			.with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "consultation.recorded"));
		mvc.perform(get("/coach/consultations").with(user(program.supervisor())))
			.andExpect(content().string(containsString("Shoreline Health")))
			.andExpect(content().string(containsString("Writing peer job descriptions")))
			.andExpect(content().string(containsString("Follow-up due")));
		mvc.perform(get("/coach").with(user(coach)))
			.andExpect(content().string(containsString("Follow up with Shoreline Health")));
		Long id = jdbc.queryForObject("select id from employer_consultation where program_id = ?", Long.class, program.id());
		mvc.perform(post("/coach/consultations/{id}/followed-up", id).with(user(data.program().coach())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/coach/consultations/{id}/followed-up", id).with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "consultation.followedUp"));
		mvc.perform(get("/coach/consultations").with(user(coach)))
			.andExpect(content().string(containsString("Followed up")));
		mvc.perform(get("/coach/consultations").with(user(data.program().coach())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Shoreline Health"))));
	}

	@Test
	void aSessionThatWillNotTakePlaceIsCancelledAndNoLongerDue() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long id = enroll(coach, "Sage Lin");
		Long sessionId = scheduleSession(coach, id);
		mvc.perform(get("/coach").with(user(coach))).andExpect(content().string(containsString("Overdue")));
		mvc.perform(post("/coach/sessions/{s}/cancel", sessionId).param("reason", "Sage was sick")
			.with(user(program.otherCoach())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/coach/sessions/{s}/cancel", sessionId).param("reason", "Sage was sick").with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "session.cancelled"));
		mvc.perform(post("/coach/sessions/{s}/cancel", sessionId).with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "session.cancel.notPossible"));
		mvc.perform(get("/coach").with(user(coach)))
			.andExpect(content().string(containsString("Every past session is documented.")));
		mvc.perform(get("/coach/sessions/{s}", sessionId).with(user(coach)))
			.andExpect(content().string(containsString("Cancelled: Sage was sick")));
		assertThat(audit.forParticipant(id)).filteredOn(e -> e.recordType().equals("session") && e.action() == AuditTrail.Action.UPDATE)
			.isNotEmpty();
	}

	@Test
	void dischargeAndReenrollmentKeepTheHistory() throws Exception {
		TestData.Program program = data.program();
		Long id = enroll(program.coach(), "Quinn Adams");
		mvc.perform(post("/coach/participants/{id}/discharge", id).param("reason", "MOVED_AWAY").with(user(program.coach())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "participant.discharged"));
		mvc.perform(post("/coach/participants/{id}/discharge", id).param("reason", "MOVED_AWAY").with(user(program.coach())).with(csrf()))
			.andExpect(flash().attribute("errorKey", "participant.alreadyDischarged"));
		mvc.perform(post("/coach/participants/{id}/reenroll", id).with(user(program.coach())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "participant.reenrolled"));
		assertThat(jdbc.queryForObject("select count(*) from enrollment where participant_id = ?", Long.class, id)).isEqualTo(2);
		long version = jdbc.queryForObject("select version from participant where id = ?", Long.class, id);
		mvc.perform(post("/coach/participants/{id}", id).param("version", String.valueOf(version)).param("fullName", "Quinn Adams")
			.param("enrolledOn", LocalDate.now(clock).minusDays(1).toString()).param("employmentStatus", "UNEMPLOYED_LOOKING")
			.param("benefits", "NONE").with(user(program.coach())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "participant.updated"));
		assertThat(jdbc.queryForObject("select enrolled_on from enrollment where participant_id = ? and discharged_on is null",
				java.sql.Date.class, id).toLocalDate()).isEqualTo(LocalDate.now(clock).minusDays(1));
		mvc.perform(get("/coach/participants/{id}", id).with(user(program.coach())))
			.andExpect(content().string(containsString("Moved away")));
	}

	@Test
	void aSupervisorAssignsAndTransfersCaseloads() throws Exception {
		TestData.Program program = data.program();
		Long id = enroll(program.coach(), "Drew Kim");
		mvc.perform(post("/coach/participants/{id}/transfer", id).param("coachId", String.valueOf(program.otherCoach().id()))
			.with(user(program.coach())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/coach/participants/{id}/transfer", id).param("coachId", String.valueOf(program.otherCoach().id()))
			.with(user(program.supervisor())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "participant.transferred"));
		mvc.perform(get("/coach/participants/{id}", id).with(user(program.otherCoach()))).andExpect(status().isOk());
		mvc.perform(get("/coach/participants/{id}", id).with(user(program.coach()))).andExpect(status().isNotFound());
		// A coach of another program cannot be chosen.
		mvc.perform(post("/coach/participants/{id}/transfer", id).param("coachId", String.valueOf(data.program().coach().id()))
			.with(user(program.supervisor())).with(csrf()))
			.andExpect(flash().attribute("errorKey", "participant.coach.invalid"));
	}

	@Test
	void badInputGetsFieldMessagesAndSavesNothing() throws Exception {
		TestData.Program program = data.program();
		long before = jdbc.queryForObject("select count(*) from participant", Long.class);
		mvc.perform(post("/coach/participants").param("fullName", "").param("zip", "123")
			.param("enrolledOn", LocalDate.now(clock).plusDays(3).toString()).param("benefits", "NONE").param("benefits", "SSI")
			.with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the person&#39;s name.")))
			.andExpect(content().string(containsString("The enrollment date cannot be in the future.")))
			.andExpect(content().string(containsString("Choose the work situation.")))
			.andExpect(content().string(containsString("or &quot;No benefits&quot; alone")));
		assertThat(jdbc.queryForObject("select count(*) from participant", Long.class)).isEqualTo(before);

		Long id = enroll(program.coach(), "Emery Fox");
		mvc.perform(post("/coach/participants/{id}/plan", id).param("baseNumber", "0").param("steps[0].who", "Me")
			.param("preferredHours", "500").with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write at least one goal")))
			.andExpect(content().string(containsString("Hours per week must be between 1 and 80.")))
			.andExpect(content().string(containsString("Write what the step is")));
		mvc.perform(post("/coach/participants/{id}/sessions", id).param("date", "").param("minutes", "0")
			.with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the date.")))
			.andExpect(content().string(containsString("The length must be between 5 and 480 minutes.")));
	}
}
