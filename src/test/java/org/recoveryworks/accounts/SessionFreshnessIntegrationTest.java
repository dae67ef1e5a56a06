package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A password change ends the sessions signed in before it. */
class SessionFreshnessIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	DevMailbox mailbox;

	@Test
	void aPasswordResetSignsOutTheSessionsOpenedBeforeIt() throws Exception {
		AccountUser seeker = data.seeker();
		MockHttpSession old = (MockHttpSession) mvc.perform(post("/login").param("username", seeker.email())
				.param("password", TestData.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/home")).andReturn().getRequest().getSession();
		mvc.perform(get("/my/applications").session(old)).andExpect(status().isOk());

		mvc.perform(post("/password/forgot").param("email", seeker.email()).with(csrf()));
		String body = mailbox.to(seeker.email()).stream().filter(m -> m.body().contains("/password/reset?token="))
			.reduce((a, b) -> b).orElseThrow().body();
		Matcher token = Pattern.compile("token=([A-Za-z0-9_\\-]+)").matcher(body);
		assertThat(token.find()).isTrue();
		org.recoveryworks.shared.TestClock.advance(clock, java.time.Duration.ofMillis(5));
		mvc.perform(post("/password/reset").param("token", token.group(1)).param("password", "a brand new passphrase 2026").with(csrf()))
			.andExpect(redirectedUrl("/login"));

		mvc.perform(get("/my/applications").session(old)).andExpect(redirectedUrl("/login?expired"));
		assertThat(old.isInvalid()).isTrue();
		// Signing in again with the new password works.
		MockHttpSession fresh = (MockHttpSession) mvc.perform(post("/login").param("username", seeker.email())
				.param("password", "a brand new passphrase 2026").with(csrf()))
			.andExpect(redirectedUrl("/home")).andReturn().getRequest().getSession();
		mvc.perform(get("/my/applications").session(fresh)).andExpect(status().isOk());
	}

	@Test
	void aFormSentFromAnEndedSessionLeadsToSignInAgainNotToAForbiddenPage() throws Exception {
		mvc.perform(post("/my/account/close").param("password", TestData.PASSWORD).param("confirm", "true").param("_csrf", "from-the-old-session")
				.with(request -> {
					request.setRequestedSessionId("ended-session");
					request.setRequestedSessionIdValid(false);
					return request;
				}))
			.andExpect(redirectedUrl("/login?timeout"));
		mvc.perform(get("/login").param("timeout", ""))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("what you sent last was not saved")));
		// Without a session that ended, a missing form token is still refused outright.
		mvc.perform(post("/my/account/close").param("password", TestData.PASSWORD)).andExpect(status().isForbidden());
	}
}
