package org.recoveryworks.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.coaching.Enrollments;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The trainings list with data in it, and one registration per person however many are sent at once. */
@org.junit.jupiter.api.Tag("database")
class TrainingsWritesIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTrainingsListShowsItsTrainings() throws Exception {
		TestData.Program program = data.program();
		Long event = event(program.coach(), "Work and benefits");
		mvc.perform(get("/coach/trainings").with(user(program.coach())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/coach/trainings/" + event)))
			.andExpect(content().string(containsString("2.5 hours")));
		mvc.perform(get("/coach/trainings").with(user(program.supervisor()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Work and benefits")));
	}

	@Test
	void tenRegistrationsOfOnePersonAtOnceMakeOneAndLaterOnesAreAnsweredPlainly() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long participant = enroll(coach);
		Long event = event(coach, "Interviewing");
		List<Integer> answers = TestData.tenAtOnce(() -> mvc.perform(post("/coach/trainings/{e}/registrations", event)
			.param("participantId", participant.toString()).with(user(coach)).with(csrf())).andReturn().getResponse().getStatus());
		assertThat(answers).allMatch(status -> status < 500);
		assertThat(jdbc.queryForObject("select count(*) from training_registration where event_id = ? and participant_id = ?", Long.class,
				event, participant)).isEqualTo(1);
		mvc.perform(post("/coach/trainings/{e}/registrations", event).param("participantId", participant.toString())
			.with(user(coach)).with(csrf())).andExpect(flash().attribute("errorKey", "training.alreadyRegistered"));
		Long another = event(coach, "Keeping a job");
		mvc.perform(post("/coach/trainings/{e}/registrations", another).param("participantId", participant.toString())
			.with(user(coach)).with(csrf())).andExpect(flash().attribute("flashKey", "training.registered"));
	}

	private Long event(AccountUser coach, String title) throws Exception {
		String location = mvc.perform(post("/coach/trainings").param("kind", "WORKSHOP").param("title", title)
			.param("heldOn", LocalDate.now(clock).toString()).param("hours", "2.5").param("audience", "PARTICIPANTS")
			.with(user(coach)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private Long enroll(AccountUser coach) throws Exception {
		return Enrollments.enroll(mvc, coach, LocalDate.now(clock), "Robin Vale");
	}
}
