package org.recoveryworks.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A job seeker's account is linked to one case record at most, however many invitations it gets. */
@org.junit.jupiter.api.Tag("database")
class CaseRecordLinkIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void oneAccountAcceptsOneCaseRecordOnly() throws Exception {
		AccountUser person = data.seeker();
		TestData.Program first = data.program();
		TestData.Program second = data.program();
		Long one = enrollAndInvite(first.coach(), person);
		Long two = enrollAndInvite(second.coach(), person);
		mvc.perform(post("/my/coaching/invitations/{id}/accept", one).with(user(person)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "invite.accepted"));
		mvc.perform(post("/my/coaching/invitations/{id}/accept", two).with(user(person)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "invite.alreadyLinked"));
		assertThat(jdbc.queryForList("select id from participant where seeker_account_id = ?", Long.class, person.id())).containsExactly(one);
	}

	private Long enrollAndInvite(AccountUser coach, AccountUser person) throws Exception {
		Long id = Enrollments.enroll(mvc, coach, LocalDate.now(clock), "Alex Rivera");
		mvc.perform(post("/coach/participants/{id}/invite", id).param("email", person.email()).with(user(coach)).with(csrf()));
		return id;
	}
}
