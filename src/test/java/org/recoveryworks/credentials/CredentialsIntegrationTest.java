package org.recoveryworks.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.jobs.PostingSaved;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Credentials through the pages: tracking, logging, verification, coaching trainings, the trainee path, reminders, sharing. */
@org.junit.jupiter.api.Tag("database")
class CredentialsIntegrationTest extends IntegrationTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DevMailbox mailbox;

	@Autowired
	CredentialReminders reminders;

	@Autowired
	JobBank jobBank;

	private Long typeId(String code) {
		return jdbc.queryForObject("select id from credential_type where code = ?", Long.class, code);
	}

	private Long start(AccountUser who, String code, LocalDate traineeSince) throws Exception {
		var post = post("/credentials").param("typeId", typeId(code).toString()).with(user(who)).with(csrf());
		if (traineeSince != null) {
			post.param("traineeSince", traineeSince.toString());
		}
		mvc.perform(post).andExpect(redirectedUrlPattern("/credentials/*")).andExpect(flash().attribute("flashKey", "credential.started"));
		return jdbc.queryForObject("select id from credential_track where account_id = ? and type_id = ?", Long.class, who.id(),
				typeId(code));
	}

	private void log(AccountUser who, Long track, String kind, String domain, String hours, LocalDate on, String description)
			throws Exception {
		var post = multipart("/credentials/{id}/entries", track).param("kind", kind).param("doneOn", on.toString())
			.param("description", description).with(user(who)).with(csrf());
		if (domain != null) {
			post.param("domain", domain);
		}
		if (hours != null) {
			post.param("hours", hours);
		}
		mvc.perform(post).andExpect(redirectedUrl("/credentials/" + track));
	}

	private Long entryId(Long track, String description) {
		return jdbc.queryForObject("select id from credential_entry where track_id = ? and description = ?", Long.class, track, description);
	}

	private void verify(AccountUser supervisor, Long entry) throws Exception {
		long version = jdbc.queryForObject("select version from credential_entry where id = ?", Long.class, entry);
		mvc.perform(post("/credentials/verify/entries/{id}", entry).param("decision", "verify").param("version", String.valueOf(version))
				.with(user(supervisor)).with(csrf()))
			.andExpect(redirectedUrl("/credentials/verify")).andExpect(flash().attribute("flashKey", "credentialEntry.verified.flash"));
	}

	@Test
	void bothShippedCredentialsAreThereWithTheirRequirements() {
		assertThat(jdbc.queryForObject("select work_hours from credential_type where code = 'IL-CRSS'", Integer.class)).isEqualTo(2000);
		assertThat(jdbc.queryForObject("select renewal_fee_cents from credential_type where code = 'IL-CRSS'", Integer.class)).isEqualTo(6000);
		assertThat(jdbc.queryForList("select d.name from credential_domain d join credential_type t on t.id = d.type_id"
				+ " where t.code = 'IL-CRSS' order by d.position", String.class))
			.containsExactly("Advocacy", "Professional Responsibility", "Mentoring", "Recovery Support");
		assertThat(jdbc.queryForObject("select trainee_months from credential_type where code = 'CT-RSS'", Integer.class)).isEqualTo(6);
	}

	@Test
	void aStaffMemberLogsHoursASupervisorVerifiesThemAndOnlyVerifiedHoursCount() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long track = start(coach, "IL-CRSS", null);

		log(coach, track, "WORK", null, "120.5", LocalDate.now(clock).minusDays(3), "Peer support shifts, October");
		log(coach, track, "SUPERVISION", "Advocacy", "4", LocalDate.now(clock).minusDays(2), "Supervision with Dana");
		log(coach, track, "SUPERVISION", "Mentoring", "2.25", LocalDate.now(clock).minusDays(1), "Group supervision");
		mvc.perform(multipart("/credentials/{id}/entries", track).file(new MockMultipartFile("certificate", "wrap.pdf", "application/pdf", PDF))
				.param("kind", "TRAINING").param("hours", "12").param("doneOn", LocalDate.now(clock).toString())
				.param("description", "Wellness Recovery Action Plan course").with(user(coach)).with(csrf()))
			.andExpect(redirectedUrl("/credentials/" + track));

		mvc.perform(get("/credentials/{id}", track).with(user(coach)))
			.andExpect(content().string(containsString("Supervised work: 2000 more verified hours")))
			.andExpect(content().string(containsString("Waiting for verification")));

		AccountUser supervisor = program.supervisor();
		mvc.perform(get("/credentials/verify").with(user(supervisor)))
			.andExpect(content().string(containsString("Peer support shifts, October")))
			.andExpect(content().string(containsString("wrap.pdf")));
		verify(supervisor, entryId(track, "Peer support shifts, October"));
		verify(supervisor, entryId(track, "Supervision with Dana"));
		mvc.perform(post("/credentials/verify/entries/{id}", entryId(track, "Group supervision")).param("decision", "return")
				.param("note", "Which domain was this really?").param("version", "0").with(user(supervisor)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "credentialEntry.returned"));
		// The same entry reviewed again (a second tab): refused, nothing changes.
		mvc.perform(post("/credentials/verify/entries/{id}", entryId(track, "Group supervision")).param("decision", "verify")
				.param("version", "0").with(user(supervisor)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "credentialEntry.changed"));

		String page = mvc.perform(get("/credentials/{id}", track).with(user(coach))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Supervised work: 1879.5 more verified hours").contains("Supervision: 96 more verified hours")
			.contains("Which domain was this really?").contains("Given back");
		assertThat(page.substring(page.indexOf("id=\"domains\""))).contains("Advocacy").contains("4 hours");

		// The certificate is the owner's and the verifier's; another program's supervisor sees nothing.
		Long training = entryId(track, "Wellness Recovery Action Plan course");
		mvc.perform(get("/credentials/entries/{id}/certificate", training).with(user(supervisor))).andExpect(status().isOk());
		AccountUser stranger = data.program().supervisor();
		mvc.perform(get("/credentials/entries/{id}/certificate", training).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/credentials/{id}", track).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/credentials/{id}", track).with(user(program.otherCoach()))).andExpect(status().isNotFound());
		verify(supervisor, training);
		mvc.perform(post("/credentials/entries/{id}/remove", training).param("trackId", track.toString()).with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "credentialEntry.verified"));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'credential' and actor_id = ?",
				Integer.class, supervisor.id())).isPositive();
	}

	@Test
	void trainingsCompletedInCoachingCountByThemselves() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long track = start(coach, "CT-RSS", null);
		mvc.perform(post("/coach/trainings").param("kind", "COURSE").param("title", "Recovery Support Specialist course, part 1")
				.param("heldOn", LocalDate.now(clock).minusDays(1).toString()).param("hours", "40").param("audience", "PROGRAM_STAFF")
				.with(user(program.supervisor())).with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/trainings/*"));
		Long event = jdbc.queryForObject("select max(id) from training_event where program_id = ?", Long.class, program.id());
		mvc.perform(post("/coach/trainings/{id}/registrations", event).param("accountId", coach.id().toString())
				.with(user(program.supervisor())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "training.registered"));
		Long registration = jdbc.queryForObject("select id from training_registration where event_id = ? and account_id = ?", Long.class,
				event, coach.id());
		mvc.perform(get("/credentials/{id}", track).with(user(coach)))
			.andExpect(content().string(containsString("Training: 80 more verified hours")));
		mvc.perform(post("/coach/trainings/registrations/{id}", registration).param("attended", "true").param("completed", "true")
				.with(user(program.supervisor())).with(csrf()));
		mvc.perform(get("/credentials/{id}", track).with(user(coach)))
			.andExpect(content().string(containsString("Training: 40 more verified hours")))
			.andExpect(content().string(containsString("Recovery Support Specialist course, part 1")));
		// No one registers themselves, so no one records their own training hours.
		mvc.perform(post("/coach/trainings/{id}/registrations", event).param("accountId", program.supervisor().id().toString())
				.with(user(program.supervisor())).with(csrf()))
			.andExpect(flash().attribute("errorKey", "training.staff.invalid"));
		// Someone else's account cannot be registered as program staff.
		mvc.perform(post("/coach/trainings/{id}/registrations", event).param("accountId", data.program().coach().id().toString())
				.with(user(program.supervisor())).with(csrf()))
			.andExpect(flash().attribute("errorKey", "training.staff.invalid"));
	}

	@Test
	void theTraineeMovesUpOnlyAfterSixMonthsAndTheSupervisorRecordsIt() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long track = start(coach, "CT-RSS", LocalDate.now(clock).minusMonths(5));
		mvc.perform(get("/credentials/verify").with(user(program.supervisor())))
			.andExpect(content().string(containsString("No trainee has completed their trainee period.")));
		mvc.perform(post("/credentials/verify/tracks/{id}/promote", track).param("promotedOn", LocalDate.now(clock).toString())
				.with(user(program.supervisor())).with(csrf()))
			.andExpect(flash().attribute("errorKey", "credential.promotion.date"));

		mvc.perform(post("/credentials/{id}/trainee", track).param("traineeSince", LocalDate.now(clock).minusMonths(7).toString())
				.with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "credential.trainee.saved"));
		mvc.perform(get("/credentials/verify").with(user(program.supervisor())))
			.andExpect(content().string(containsString(coach.displayName())));
		mvc.perform(post("/credentials/verify/tracks/{id}/promote", track).param("promotedOn", LocalDate.now(clock).toString())
				.with(user(program.supervisor())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "credential.promoted"));
		assertThat(jdbc.queryForObject("select promoted_on from credential_track where id = ?", LocalDate.class, track))
			.isEqualTo(LocalDate.now(clock));
		// A credential without a trainee class refuses a trainee date.
		mvc.perform(post("/credentials").param("typeId", typeId("IL-CRSS").toString()).param("traineeSince", LocalDate.now(clock).toString())
				.with(user(coach)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("This credential has no trainee period.")));
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long track = start(coach, "IL-CRSS", null);
		mvc.perform(multipart("/credentials/{id}/entries", track).param("kind", "WORK").param("doneOn", LocalDate.now(clock).plusDays(2).toString())
				.param("description", " ").with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the hours.")))
			.andExpect(content().string(containsString("The date cannot be in the future.")))
			.andExpect(content().string(containsString("Describe the entry.")));
		mvc.perform(multipart("/credentials/{id}/entries", track).param("kind", "SUPERVISION").param("hours", "abc")
				.param("doneOn", "yesterday").param("description", "x").with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter a number, like 18.50.")))
			.andExpect(content().string(containsString("Please enter a date as YYYY-MM-DD.")));
		mvc.perform(multipart("/credentials/{id}/entries", track).param("kind", "SUPERVISION").param("hours", "2")
				.param("doneOn", LocalDate.now(clock).toString()).param("description", "x").with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the performance domain of this supervision.")));
		mvc.perform(multipart("/credentials/{id}/entries", track).param("kind", "SUPERVISION").param("hours", "2").param("domain", "x".repeat(300))
				.param("doneOn", LocalDate.now(clock).toString()).param("description", "x").with(user(coach)).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(multipart("/credentials/{id}/entries", track).param("kind", "SUPERVISION").param("domain", "Cooking").param("hours", "2")
				.param("doneOn", LocalDate.now(clock).toString()).param("description", "x").with(user(coach)).with(csrf()))
			.andExpect(content().string(containsString("Choose one of the credential&#39;s performance domains.")));
		mvc.perform(multipart("/credentials/{id}/entries", track).file(new MockMultipartFile("certificate", "cert.pdf", "application/pdf",
				"MZ not really a pdf".getBytes())).param("kind", "TRAINING").param("hours", "2").param("doneOn", LocalDate.now(clock).toString())
				.param("description", "x").with(user(coach)).with(csrf()))
			.andExpect(content().string(containsString("Only PDF, PNG or JPEG files can be uploaded.")));
		mvc.perform(multipart("/credentials/{id}/entries", track).param("kind", "WORK").param("hours", "99999")
				.param("doneOn", "1850-01-01").param("description", "x").with(user(coach)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Enter hours from 0.25 to 2,000")));
		mvc.perform(multipart("/credentials/{id}/entries", track).param("kind", "NOT_A_KIND").param("description", "x")
				.with(user(coach)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from credential_entry where track_id = ?", Integer.class, track)).isZero();
		// Someone else's track: not found, and nothing is logged.
		mvc.perform(multipart("/credentials/{id}/entries", track).param("kind", "WORK").param("hours", "2")
				.param("doneOn", LocalDate.now(clock).toString()).param("description", "x").with(user(program.otherCoach())).with(csrf()))
			.andExpect(status().isNotFound());
		// The same credential twice.
		mvc.perform(post("/credentials").param("typeId", typeId("IL-CRSS").toString()).with(user(coach)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("You already track this credential.")));
		// A reviewer's decision must be one of the two; a form field the page does not have is refused with 400.
		mvc.perform(post("/credentials/verify/entries/{id}", 1L).param("version", "0").with(user(program.supervisor())).with(csrf()))
			.andExpect(flash().attribute("errorKey", "credentialEntry.decision"));
		mvc.perform(post("/programs/manage/fidelity/{id}", 1L).param("actions[400].action", "x").with(user(program.supervisor())).with(csrf()))
			.andExpect(status().isBadRequest());
		// Types: bad values, field by field; employers and seekers cannot keep types.
		mvc.perform(post("/credentials/types").param("code", "bad code!").param("name", "").param("issuer", "X").param("workHours", "-1")
				.param("supervisionHours", "0").param("trainingHours", "0").param("ceHours", "0").param("ceCycleMonths", "0")
				.param("renewalMonths", "12").param("applicationFee", "12.345").with(user(program.supervisor())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use 2 to 40 letters, digits or dashes.")))
			.andExpect(content().string(containsString("Enter the credential&#39;s name.")))
			.andExpect(content().string(containsString("Enter a whole number from 0 to 20,000.")))
			.andExpect(content().string(containsString("Enter a whole number of months from 1 to 120.")))
			.andExpect(content().string(containsString("Enter an amount from 0 to 10,000 dollars, with cents at most.")));
		mvc.perform(get("/credentials/types").with(user(data.seeker()))).andExpect(status().isForbidden());
		mvc.perform(get("/credentials").with(user(data.employer(true)))).andExpect(status().isForbidden());
	}

	@Test
	void aProgramAddsItsOwnStatesCredentialAndOnlyItsKeepersChangeIt() throws Exception {
		TestData.Program program = data.program();
		String code = "NY-CRPA-" + TestData.next();
		mvc.perform(post("/credentials/types").param("code", code).param("name", "Certified Recovery Peer Advocate (New York)")
				.param("issuer", "New York Certification Board").param("state", "ny").param("workHours", "500").param("supervisionHours", "25")
				.param("domains", "Advocacy\nMentoring/Education\nRecovery/Wellness Support\nEthical Responsibility")
				.param("trainingHours", "46").param("examRequired", "true").param("ceHours", "28").param("ceCycleMonths", "24")
				.param("renewalMonths", "24").param("applicationFee", "100").with(user(program.supervisor())).with(csrf()))
			.andExpect(redirectedUrl("/credentials/types")).andExpect(flash().attribute("flashKey", "credentialType.added"));
		Long id = jdbc.queryForObject("select id from credential_type where code = ?", Long.class, code.toUpperCase());
		assertThat(jdbc.queryForObject("select state from credential_type where id = ?", String.class, id)).isEqualTo("NY");
		assertThat(jdbc.queryForObject("select count(*) from credential_domain where type_id = ?", Integer.class, id)).isEqualTo(4);
		mvc.perform(get("/credentials/types/{id}/edit", id).with(user(program.supervisor()))).andExpect(status().isOk());
		mvc.perform(get("/credentials/types/{id}/edit", id).with(user(data.program().supervisor()))).andExpect(status().isNotFound());
		mvc.perform(get("/credentials/types/{id}/edit", typeId("IL-CRSS")).with(user(program.supervisor()))).andExpect(status().isNotFound());
		// A seeker can track it too.
		start(data.seeker(), code.toUpperCase(), null);
	}

	@Test
	void remindersGoOutBeforeRenewalOnceEach() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long track = start(coach, "IL-CRSS", null);
		// Certified almost a year ago: the annual renewal is 10 days away.
		LocalDate certified = LocalDate.now(clock).minusYears(1).plusDays(10);
		log(coach, track, "CERTIFIED", null, null, certified, "CRSS certificate 12345");
		log(coach, track, "CONTINUING_EDUCATION", null, "6", LocalDate.now(clock).minusDays(5), "Ethics webinar");
		verify(program.supervisor(), entryId(track, "CRSS certificate 12345"));
		verify(program.supervisor(), entryId(track, "Ethics webinar"));

		reminders.sendReminders();
		List<DevMailbox.Message> mails = mailbox.to(coach.email()).stream().filter(m -> m.subject().contains("renewal due")).toList();
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).body()).contains("in 10 days").contains("6 of 40 hours");
		reminders.sendReminders();
		assertThat(mailbox.to(coach.email()).stream().filter(m -> m.subject().contains("renewal due")).toList()).hasSize(1);
	}

	@Test
	void anEmployerAsksTheCandidateDecidesAndOnlyVerifiedFiguresAreShown() throws Exception {
		TestData.Program program = data.program();
		AccountUser employer = data.employer(true);
		AccountUser seeker = data.seeker();
		PostingSaved posting = jobBank.post(employer.organizationId(), data.posting("Peer Support Specialist", List.of()), true);
		mvc.perform(multipart("/jobs/{id}/apply", posting.id()).param("fullName", "Sam Seeker").param("email", seeker.email())
				.with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/applications"));
		Long application = jdbc.queryForObject("select id from job_application where seeker_id = ?", Long.class, seeker.id());

		Long track = start(seeker, "IL-CRSS", null);
		log(seeker, track, "WORK", null, "300", LocalDate.now(clock).minusDays(10), "Volunteer peer support");
		// Not linked to a program yet: no supervisor sees the entry.
		mvc.perform(get("/credentials/verify").with(user(program.supervisor())))
			.andExpect(content().string(not(containsString("Volunteer peer support"))));
		mvc.perform(get("/credentials/{id}", track).with(user(seeker)))
			.andExpect(content().string(containsString("No program verifies your entries yet")));
		// The coach enrolls the person and invites their account; once they accept, the program's supervisor verifies.
		String location = mvc.perform(post("/coach/participants").param("fullName", "Sam Seeker").param("preferredName", "Sam")
				.param("email", "p" + TestData.next() + "@example.org").param("town", "Middletown").param("zip", "06457")
				.param("language", "English").param("enrolledOn", LocalDate.now(clock).toString()).param("referralSource", "Self")
				.param("employmentStatus", "UNEMPLOYED_LOOKING").param("benefits", "SSDI").param("ownGoals", "A peer career.")
				.with(user(program.coach())).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		Long participant = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post("/coach/participants/{id}/invite", participant).param("email", seeker.email()).with(user(program.coach())).with(csrf()));
		mvc.perform(post("/my/coaching/invitations/{id}/accept", participant).with(user(seeker)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "invite.accepted"));
		log(seeker, track, "WORK", null, "50", LocalDate.now(clock).minusDays(1), "Not verified yet");
		verify(program.supervisor(), entryId(track, "Volunteer peer support"));

		mvc.perform(get("/credentials/applications/{id}", application).with(user(employer)))
			.andExpect(content().string(containsString("Ask for a credential summary")));
		mvc.perform(post("/credentials/applications/{id}/request", application).with(user(employer)).with(csrf()))
			.andExpect(redirectedUrl("/employer/applications/" + application));
		assertThat(mailbox.to(seeker.email()).stream().anyMatch(m -> m.subject().contains("credential summary"))).isTrue();
		mvc.perform(get("/credentials/applications/{id}", application).with(user(employer)).header("HX-Request", "true"))
			.andExpect(content().string(containsString("The candidate has not answered yet.")))
			.andExpect(content().string(not(containsString("<html"))));

		Long share = jdbc.queryForObject("select id from credential_share where application_id = ?", Long.class, application);
		mvc.perform(get("/credentials").with(user(seeker))).andExpect(content().string(containsString("Peer Support Specialist")));
		mvc.perform(post("/credentials/requests/{id}", share).param("trackIds", track.toString()).with(user(seeker)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "credentialShare.shared"));
		mvc.perform(get("/credentials/applications/{id}", application).with(user(employer)))
			.andExpect(content().string(containsString("Supervised work: 300 of 2,000 hours verified")))
			// The unverified hours (350 with them) nowhere in the summary: the panel only, since tokens on the page are random.
			.andExpect(result -> assertThat(org.jsoup.Jsoup.parse(result.getResponse().getContentAsString()).select("#credential-summary-panel")
				.text()).contains("300 of 2,000").doesNotContain("350"))
			.andExpect(content().string(not(containsString("Volunteer peer support"))));

		// Another employer sees nothing; the candidate cannot share someone else's track; declining hides it again.
		mvc.perform(get("/credentials/applications/{id}", application).with(user(data.employer(true)))).andExpect(status().isNotFound());
		Long otherTrack = start(program.coach(), "IL-CRSS", null);
		mvc.perform(post("/credentials/requests/{id}", share).param("trackIds", otherTrack.toString()).with(user(seeker)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "credentialShare.invalid"));
		mvc.perform(post("/credentials/requests/{id}", share).with(user(seeker)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "credentialShare.declined"));
		mvc.perform(get("/credentials/applications/{id}", application).with(user(employer)))
			.andExpect(content().string(containsString("The candidate chose not to share a credential summary.")))
			.andExpect(content().string(not(containsString("300 of 2,000"))));
		mvc.perform(post("/credentials/requests/{id}", share).with(user(data.seeker())).with(csrf())).andExpect(status().isNotFound());

		// Shared again, then the candidate withdraws the application: the employer sees nothing more, and cannot ask again.
		mvc.perform(post("/credentials/requests/{id}", share).param("trackIds", track.toString()).with(user(seeker)).with(csrf()));
		mvc.perform(post("/my/applications/{id}/withdraw", application).with(user(seeker)).with(csrf()));
		mvc.perform(get("/credentials/applications/{id}", application).with(user(employer)))
			.andExpect(content().string(containsString("The person took back this application")))
			.andExpect(content().string(not(containsString("300 of 2,000"))));
	}
}
