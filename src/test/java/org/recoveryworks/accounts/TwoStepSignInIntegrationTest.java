package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Staff sign in with a password and a code; the code is set up at the first sign-in; recovery codes work once. */
@org.junit.jupiter.api.Tag("database")
class TwoStepSignInIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.recoveryworks.shared.mail.DevMailbox mailbox;

	private MockHttpSession password(String email) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").param("username", email).param("password", TestData.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login/code"))
			.andExpect(unauthenticated())
			.andReturn().getRequest().getSession();
	}

	private int signIns(Long accountId, String detail) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN' and actor_id = ? and detail = ?",
				Integer.class, accountId, detail);
	}

	@Test
	void staffAreSignedInOnlyAfterACodeFromTheirApp() throws Exception {
		AccountUser coach = data.program().coach();
		MockHttpSession session = password(coach.email());
		// The password alone signs nobody in.
		mvc.perform(get("/coach").session(session)).andExpect(status().is3xxRedirection()).andExpect(unauthenticated());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN' and actor_id = ?", Integer.class,
				coach.id())).isZero();
		mvc.perform(get("/login/code").session(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("autocomplete=\"one-time-code\"")));

		// A wrong code: the page again, with the error on the field, recorded as a failed sign-in.
		mvc.perform(post("/login/code").param("code", "000000").session(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("That code is not right")))
			.andExpect(unauthenticated());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN_FAILED' and record_id = ? and detail = ?",
				Integer.class, coach.id(), "wrong code at the second step")).isEqualTo(1);

		String code = data.code(coach.email());
		// Signed in, and on to the page asked for before signing in.
		mvc.perform(post("/login/code").param("code", code.substring(0, 3) + " " + code.substring(3)).session(session).with(csrf()))
			.andExpect(redirectedUrl("http://localhost/coach?continue"))
			.andExpect(authenticated().withRoles("COACH"));
		assertThat(signIns(coach.id(), "second step: authenticator app")).isEqualTo(1);

		// The same code does not work twice, even in another browser.
		MockHttpSession other = password(coach.email());
		mvc.perform(post("/login/code").param("code", code).session(other).with(csrf()))
			.andExpect(status().isOk()).andExpect(unauthenticated());
	}

	@Test
	void theFirstSignInSetsUpTheAppAndGivesRecoveryCodesThatWorkOnce() throws Exception {
		TestData.Program program = data.program();
		AccountUser newCoach = accounts.createStaff("new.coach" + TestData.next() + "@example.org", TestData.PASSWORD, "New Coach",
				Role.COACH, program.id());
		MockHttpSession session = password(newCoach.email());
		mvc.perform(get("/login/code").session(session)).andExpect(redirectedUrl("/login/code/setup"));
		String page = mvc.perform(get("/login/code/setup").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data:image/svg+xml;base64,");
		Matcher shown = Pattern.compile("id=\"two-step-key\">([A-Z2-7 ]+)<").matcher(page);
		assertThat(shown.find()).isTrue();
		String key = shown.group(1).replace(" ", "");
		// The same key while the page is reloaded.
		assertThat(mvc.perform(get("/login/code/setup").session(session)).andReturn().getResponse().getContentAsString()).contains(shown.group(1));

		mvc.perform(post("/login/code/setup").param("code", "123").session(session).with(csrf()))
			.andExpect(status().isOk()).andExpect(unauthenticated())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("usa-input--error")));
		var done = mvc.perform(post("/login/code/setup").param("code", Totp.code(key, Totp.step(Instant.now(clock)))).session(session).with(csrf()))
			.andExpect(redirectedUrl("/account/two-step"))
			.andExpect(authenticated().withRoles("COACH"))
			.andExpect(flash().attributeExists("recoveryCodes"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) done.getFlashMap().get("recoveryCodes");
		assertThat(codes).hasSize(10).allMatch(c -> c.matches("[A-Z2-7]{5}-[A-Z2-7]{5}")).doesNotHaveDuplicates();
		assertThat(signIns(newCoach.id(), "second step set up")).isEqualTo(1);
		// The owner hears of it at once (the password alone set it up).
		assertThat(mailbox.to(newCoach.email())).extracting(org.recoveryworks.shared.mail.DevMailbox.Message::subject)
			.contains("Two-step sign-in was set up for your RecoveryWorks account");
		// The key is stored encrypted, never as the app shows it.
		assertThat(jdbc.queryForObject("select totp_secret from user_account where id = ?", String.class, newCoach.id()))
			.startsWith("v1:").doesNotContain(key);
		// Only hashes are kept.
		assertThat(jdbc.queryForList("select code_hash from recovery_code where user_id = ?", String.class, newCoach.id()))
			.hasSize(10).noneMatch(h -> codes.stream().anyMatch(c -> h.contains(c.replace("-", ""))));

		// A recovery code signs in once, in lower case too, and says how many are left.
		MockHttpSession later = password(newCoach.email());
		mvc.perform(post("/login/code").param("code", codes.get(0).toLowerCase()).session(later).with(csrf()))
			.andExpect(redirectedUrl("/account/two-step"))
			.andExpect(authenticated());
		mvc.perform(get("/account/two-step").session(later))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You have 9 left")));
		assertThat(signIns(newCoach.id(), "second step: recovery code")).isEqualTo(1);
		MockHttpSession again = password(newCoach.email());
		mvc.perform(post("/login/code").param("code", codes.get(0)).session(again).with(csrf()))
			.andExpect(status().isOk()).andExpect(unauthenticated());

		// New codes replace the old ones.
		var renewed = mvc.perform(post("/account/two-step/recovery-codes").with(user(newCoach)).with(csrf()))
			.andExpect(redirectedUrl("/account/two-step")).andReturn();
		@SuppressWarnings("unchecked")
		List<String> fresh = (List<String>) renewed.getFlashMap().get("recoveryCodes");
		assertThat(fresh).hasSize(10);
		mvc.perform(post("/login/code").param("code", codes.get(1)).session(again).with(csrf()))
			.andExpect(status().isOk()).andExpect(unauthenticated());
		mvc.perform(post("/login/code").param("code", fresh.get(0)).session(again).with(csrf()))
			.andExpect(redirectedUrl("/account/two-step")).andExpect(authenticated());
	}

	@Autowired
	TwoStepSignIn twoStep;

	@Test
	void anOperatorResetsTwoStepSignInForSomeoneWhoLostTheirPhoneAndCodes() throws Exception {
		AccountUser coach = data.program().otherCoach();
		assertThat(twoStep.reset(coach.email().toUpperCase())).isTrue();
		assertThat(twoStep.reset("nobody" + TestData.next() + "@example.org")).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'UPDATE' and record_type = 'two-step sign-in' "
				+ "and record_id = ?", Integer.class, coach.id())).isEqualTo(1);
		MockHttpSession session = password(coach.email());
		mvc.perform(get("/login/code").session(session)).andExpect(redirectedUrl("/login/code/setup"));
		// The old key no longer signs in.
		mvc.perform(post("/login/code").param("code", data.code(coach.email())).session(session).with(csrf()))
			.andExpect(redirectedUrl("/login/code/setup")).andExpect(unauthenticated());
	}

	@Test
	void fiveWrongCodesEndTheAttemptAndLockTheAccountLikeWrongPasswords() throws Exception {
		AccountUser supervisor = data.program().supervisor();
		MockHttpSession session = password(supervisor.email());
		for (int i = 1; i < SecondStepController.MAX_WRONG_CODES; i++) {
			mvc.perform(post("/login/code").param("code", "99999" + i).session(session).with(csrf())).andExpect(status().isOk());
		}
		mvc.perform(post("/login/code").param("code", "<script>alert(1)</script>").session(session).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login/code").session(session)).andExpect(redirectedUrl("/login"));
		// The password is now refused for a while too, with the usual answer.
		mvc.perform(post("/login").param("username", supervisor.email()).param("password", TestData.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void jobSeekersAndEmployersSignInWithThePasswordAloneAndNobodyReachesTheStepWithoutIt() throws Exception {
		AccountUser seeker = data.seeker();
		mvc.perform(post("/login").param("username", seeker.email()).param("password", TestData.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/home")).andExpect(authenticated().withRoles("SEEKER"));
		mvc.perform(get("/login/code")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login/code/setup")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/login/code").param("code", "123456").with(csrf())).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/account/two-step").with(user(seeker))).andExpect(status().isForbidden());
	}
}
