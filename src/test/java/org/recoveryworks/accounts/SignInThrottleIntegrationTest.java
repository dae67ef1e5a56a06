package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Lock-out after repeated failures, the same for real and unknown addresses; staff idle sign-out. */
class SignInThrottleIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	private String signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void fiveFailuresLockTheAddressForAWhileWhetherOrNotAnAccountHasIt() throws Exception {
		AccountUser seeker = data.seeker();
		String unknown = "nobody" + TestData.next() + "@example.org";
		for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
			assertThat(signIn(seeker.email(), "wrong password " + i)).isEqualTo("/login?error");
			assertThat(signIn(unknown, "wrong password " + i)).isEqualTo("/login?error");
		}
		// Now even the right password gets the same answer as a wrong one, and nothing tells the two addresses apart.
		assertThat(signIn(seeker.email().toUpperCase(), TestData.PASSWORD)).isEqualTo("/login?error");
		assertThat(mvc.perform(post(java.net.URI.create("/%6Cogin")).param("username", seeker.email()).param("password", TestData.PASSWORD)
				.with(csrf())).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(signIn(unknown, TestData.PASSWORD)).isEqualTo("/login?error");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN' and actor_id = ?", Integer.class,
				seeker.id())).isZero();
		// Another account is not affected.
		AccountUser other = data.seeker();
		assertThat(signIn(other.email(), TestData.PASSWORD)).isNotEqualTo("/login?error");
	}

	private int failedSignIns(Long accountId) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN_FAILED' and record_id = ?", Integer.class, accountId);
	}

	@Test
	void tenWrongPasswordsAtOnceAreCheckedNoMoreThanTheLimit() throws Exception {
		AccountUser seeker = data.seeker();
		assertThat(TestData.tenAtOnce(() -> signIn(seeker.email(), "wrong password"))).containsOnly("/login?error");
		assertThat(failedSignIns(seeker.id())).isBetween(1, SignInThrottle.MAX_FAILURES);
		assertThat(signIn(seeker.email(), TestData.PASSWORD)).isEqualTo("/login?error");
	}

	@Test
	void tenWrongCodesAtOnceAreCheckedNoMoreThanTheLimit() throws Exception {
		TestData.Program program = data.program();
		var password = mvc.perform(post("/login").param("username", program.coach().email()).param("password", TestData.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login/code")).andReturn();
		var session = (org.springframework.mock.web.MockHttpSession) password.getRequest().getSession();
		TestData.tenAtOnce(() -> {
			var r = mvc.perform(post("/login/code").param("code", "000000").session(session).with(csrf())).andReturn().getResponse();
			return r.getRedirectedUrl() == null ? String.valueOf(r.getStatus()) : r.getRedirectedUrl();
		});
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN_FAILED' and record_id = ? and detail = ?",
				Integer.class, program.coach().id(), "wrong code at the second step")).isBetween(1, SignInThrottle.MAX_FAILURES);
	}

	@Test
	void staffAreSignedOutAfterFifteenIdleMinutesAndJobSeekersLater() throws Exception {
		TestData.Program program = data.program();
		var password = mvc.perform(post("/login").param("username", program.coach().email()).param("password", TestData.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login/code")).andReturn();
		var coach = mvc.perform(post("/login/code").param("code", data.code(program.coach().email()))
				.session((org.springframework.mock.web.MockHttpSession) password.getRequest().getSession()).with(csrf()))
			.andExpect(redirectedUrl("/home")).andReturn();
		assertThat(coach.getRequest().getSession().getMaxInactiveInterval()).isEqualTo(15 * 60);
		var seeker = mvc.perform(post("/login").param("username", data.seeker().email()).param("password", TestData.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/home")).andReturn();
		assertThat(seeker.getRequest().getSession().getMaxInactiveInterval()).isNotEqualTo(15 * 60);
	}
}
