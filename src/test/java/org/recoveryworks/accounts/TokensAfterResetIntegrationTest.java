package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A password reset or a two-step reset ends the account's API tokens too, and the owner is told. */
@org.junit.jupiter.api.Tag("database")
class TokensAfterResetIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ApiTokens tokens;

	@Autowired
	DevMailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TwoStepSignIn twoStep;

	@Test
	void aPasswordResetRevokesTheAccountsApiTokens() throws Exception {
		AccountUser employer = data.employer(true);
		String token = tokens.create(employer, "HR system");
		mvc.perform(get("/api/v1/employer/postings").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(post("/password/forgot").param("email", employer.email()).with(csrf())).andExpect(status().is3xxRedirection());
		Matcher link = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mailbox.to(employer.email()).get(0).body());
		assertThat(link.find()).isTrue();
		mvc.perform(post("/password/reset").param("token", link.group(1)).param("password", "a brand new password")
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/employer/postings").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		assertThat(mailbox.to(employer.email())).anyMatch(m -> m.subject().equals("Your RecoveryWorks API tokens were revoked"));
	}

	@Test
	void aTwoStepResetRevokesTheAccountsApiTokens() throws Exception {
		TestData.Program program = data.program();
		String token = tokens.create(program.supervisor(), "Spreadsheet");
		mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		assertThat(twoStep.reset(program.supervisor().email())).isTrue();
		mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForObject("select count(*) from api_token where user_id = ? and revoked_at is null", Long.class,
				program.supervisor().id())).isZero();
		assertThat(mailbox.to(program.supervisor().email())).anyMatch(m -> m.subject().equals("Your RecoveryWorks API tokens were revoked"));
	}
}
