package org.recoveryworks.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A double click records once: the forms that create sessions, enrollments, jobs and employer consultations carry a
 * one-time token, and the same form sent again creates nothing more (so the reports count it once).
 */
@org.junit.jupiter.api.Tag("database")
class SessionDoubleSubmitIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSameSessionFormSentTwiceInARowOrAtOnceRecordsOneSession() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long participant = enroll(coach);
		String form = mvc.perform(get("/coach/participants/{id}/sessions/new", participant).with(user(coach)))
			.andExpect(content().string(containsString("name=\"submission\""))).andReturn().getResponse().getContentAsString();
		Matcher token = Pattern.compile("name=\"submission\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).isTrue();

		String first = mvc.perform(session(participant, token.group(1)).with(user(coach)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String second = mvc.perform(session(participant, token.group(1)).with(user(coach)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(first).startsWith("/coach/sessions/");
		assertThat(second).isEqualTo(first);
		assertThat(sessions(participant)).isEqualTo(1);

		// Ten at once, with another form's token: one more session.
		String other = java.util.UUID.randomUUID().toString();
		List<String> where = TestData.tenAtOnce(() -> mvc.perform(session(participant, other).with(user(coach)).with(csrf())).andReturn()
			.getResponse().getRedirectedUrl());
		assertThat(where).allMatch(w -> w != null && w.startsWith("/coach/"));
		assertThat(sessions(participant)).isEqualTo(2);
	}

	@Test
	void theSameEnrollmentFormSentTwiceEnrollsThePersonOnce() throws Exception {
		TestData.Program program = data.program();
		String form = mvc.perform(get("/coach/participants/new").with(user(program.coach()))).andReturn().getResponse().getContentAsString();
		Matcher token = Pattern.compile("name=\"submission\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).isTrue();
		String name = "Quinn Twice " + TestData.next();
		String[] answers = new String[2];
		for (int i = 0; i < 2; i++) {
			answers[i] = mvc.perform(post("/coach/participants").param("submission", token.group(1)).param("fullName", name)
				.param("town", "Middletown").param("enrolledOn", LocalDate.now(clock).toString()).param("employmentStatus", "UNEMPLOYED_LOOKING")
				.param("benefits", "NONE").param("ownGoals", "Work.").with(user(program.coach())).with(csrf()))
				.andReturn().getResponse().getRedirectedUrl();
		}
		assertThat(answers[1]).isEqualTo(answers[0]).startsWith("/coach/participants/");
		assertThat(jdbc.queryForObject("select count(*) from participant where full_name = ?", Long.class, name)).isEqualTo(1);
	}

	@Test
	void aJobAndAConsultationSentTwiceAreRecordedOnce() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long participant = enroll(coach);
		String token = token("/coach/participants/" + participant + "/placements/new", coach);
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/coach/participants/{id}/placements", participant).param("submission", token)
				.param("jobTitle", "Peer Support Specialist").param("employerName", "Shoreline Recovery Center").param("hoursPerWeek", "24")
				.param("hourlyWage", "21.50").param("openToAnyone", "true").param("state", "CT")
				.param("startDate", LocalDate.now(clock).minusDays(3).toString()).with(user(coach)).with(csrf()));
		}
		assertThat(jdbc.queryForObject("select count(*) from placement where participant_id = ?", Long.class, participant)).isEqualTo(1);

		String employer = "Twice Consulted " + TestData.next();
		token = token("/coach/consultations", coach);
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/coach/consultations").param("submission", token).param("employerName", employer)
				.param("heldOn", LocalDate.now(clock).toString()).param("topics", "PEER_JOB_DESCRIPTIONS").param("tookPart", "HR director")
				.with(user(coach)).with(csrf()));
		}
		assertThat(jdbc.queryForObject("select count(*) from employer_consultation where employer_name = ?", Long.class, employer)).isEqualTo(1);
	}

	private String token(String formPage, AccountUser who) throws Exception {
		String form = mvc.perform(get(formPage).with(user(who))).andReturn().getResponse().getContentAsString();
		Matcher token = Pattern.compile("name=\"submission\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).as("a one-time token on %s", formPage).isTrue();
		return token.group(1);
	}

	private long sessions(Long participant) {
		return jdbc.queryForObject("select count(*) from coaching_session where participant_id = ?", Long.class, participant);
	}

	private MockHttpServletRequestBuilder session(Long participant, String token) {
		return post("/coach/participants/{id}/sessions", participant).param("submission", token)
			.param("date", LocalDate.now(clock).minusDays(1).toString()).param("time", "10:00").param("minutes", "45")
			.param("mode", "PHONE").param("kind", "JOB_SEARCH");
	}

	private Long enroll(AccountUser coach) throws Exception {
		return Enrollments.enroll(mvc, coach, LocalDate.now(clock), "Drew Lane");
	}
}
