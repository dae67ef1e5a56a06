package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
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

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.employers.Organizations;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

class AccountsIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	DevMailbox mailbox;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seekerRegistersAndIsSignedIn() throws Exception {
		String email = "new.seeker" + TestData.next() + "@example.org";
		mvc.perform(post("/register/seeker").param("displayName", "Alex").param("email", email)
			.param("password", "a long enough password").with(csrf()))
			.andExpect(redirectedUrl("/my/applications"))
			.andExpect(authenticated().withUsername(email));
		String hash = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email);
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long enough password");
	}

	@Test
	void registrationShowsFieldMessagesAndSavesNothingWhenInvalid() throws Exception {
		long before = jdbc.queryForObject("select count(*) from organization", Long.class);
		mvc.perform(post("/register/employer").param("displayName", "").param("email", "bad")
			.param("password", "short").param("organizationName", "").param("zip", "6103").param("town", "Hartford")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your name.")))
			.andExpect(content().string(containsString("Use 12 to 72 characters")))
			.andExpect(content().string(containsString("Enter the organization&#39;s name.")))
			.andExpect(content().string(containsString("Enter a 5-digit ZIP code.")))
			.andExpect(content().string(containsString("Choose the kind of organization.")));
		assertThat(jdbc.queryForObject("select count(*) from organization", Long.class)).isEqualTo(before);
	}

	@Test
	void employerRegistrationCreatesAPendingOrganizationThatAnAdminVerifies() throws Exception {
		String email = "hr" + TestData.next() + "@example.org";
		mvc.perform(post("/register/employer").param("displayName", "Pat").param("email", email)
			.param("password", "a long enough password").param("organizationName", "Shoreline Recovery Center")
			.param("kind", "NONPROFIT_PROVIDER").param("town", "New London").param("zip", "06320").with(csrf()))
			.andExpect(redirectedUrl("/employer/postings"));
		Long orgId = jdbc.queryForObject("select organization_id from user_account where email = ?", Long.class, email);
		assertThat(organizations.get(orgId).verified()).isFalse();

		mvc.perform(post("/admin/organizations/{id}/verify", orgId).with(user(data.seeker())).with(csrf()))
			.andExpect(status().isForbidden());
		AccountUser admin = new AccountUser(0L, "admin@example.org", "Admin", Role.ADMIN, null, "");
		mvc.perform(post("/admin/organizations/{id}/verify", orgId).with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/organizations"))
			.andExpect(flash().attribute("flash", "Shoreline Recovery Center is verified. Its postings are now public."));
		assertThat(organizations.get(orgId).verified()).isTrue();
	}

	@Test
	void passwordsLongerThanBcryptReadsAreRefusedNotAnError() throws Exception {
		mvc.perform(post("/register/seeker").param("displayName", "Alex").param("email", "long" + TestData.next() + "@example.org")
			.param("password", "é".repeat(40)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use 12 to 72 characters")));
	}

	@Test
	void duplicateEmailIsRefusedWithAClearMessage() throws Exception {
		AccountUser existing = data.seeker();
		mvc.perform(post("/register/seeker").param("displayName", "Alex").param("email", existing.email().toUpperCase())
			.param("password", "a long enough password").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An account with this e-mail address already exists.")));
	}

	@Test
	void loginFailsTheSameWayForUnknownAddressesAndWrongPasswords() throws Exception {
		AccountUser seeker = data.seeker();
		mvc.perform(formLogin().user(seeker.email()).password(TestData.PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin().user(seeker.email()).password("wrong password!!"))
			.andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
		mvc.perform(formLogin().user("nobody" + TestData.next() + "@example.org").password("wrong password!!"))
			.andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
	}

	@Test
	void passwordResetLinkWorksOnceAndTheAnswerNeverRevealsWhetherAnAccountExists() throws Exception {
		AccountUser seeker = data.seeker();
		MvcResult known = mvc.perform(post("/password/forgot").param("email", seeker.email()).with(csrf()))
			.andExpect(redirectedUrl("/login")).andReturn();
		MvcResult unknown = mvc.perform(post("/password/forgot").param("email", "nobody" + TestData.next() + "@example.org").with(csrf()))
			.andExpect(redirectedUrl("/login")).andReturn();
		assertThat((java.util.Map<String, Object>) known.getFlashMap()).isEqualTo(unknown.getFlashMap());

		List<DevMailbox.Message> mail = mailbox.to(seeker.email());
		assertThat(mail).hasSize(1);
		Matcher link = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)").matcher(mail.get(0).body());
		assertThat(link.find()).isTrue();
		String token = link.group(1);

		mvc.perform(get("/password/reset").param("token", token)).andExpect(content().string(containsString("name=\"password\"")));
		mvc.perform(post("/password/reset").param("token", token).param("password", "my brand new password").with(csrf()))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin().user(seeker.email()).password("my brand new password")).andExpect(authenticated());

		// Spent: the same link does not work again.
		mvc.perform(post("/password/reset").param("token", token).param("password", "another new password").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This link does not work any more.")));
		mvc.perform(formLogin().user(seeker.email()).password("another new password")).andExpect(unauthenticated());
	}

	@Test
	void expiredResetLinksDoNotWork() throws Exception {
		AccountUser seeker = data.seeker();
		mvc.perform(post("/password/forgot").param("email", seeker.email()).with(csrf()));
		String body = mailbox.to(seeker.email()).get(0).body();
		Matcher link = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).isTrue();
		jdbc.update("update password_reset_token set expires_at = ? where user_id = ?",
				java.sql.Timestamp.from(java.time.Instant.now(clock).minusSeconds(1)), seeker.id());
		mvc.perform(post("/password/reset").param("token", link.group(1)).param("password", "my brand new password").with(csrf()))
			.andExpect(content().string(containsString("This link does not work any more.")));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		mvc.perform(post("/logout").with(user(data.seeker())).with(csrf()))
			.andExpect(redirectedUrl("/?signedOut"))
			.andExpect(unauthenticated());
	}

	@Test
	void onlyAnAdminOpensTheDevMailbox() throws Exception {
		mvc.perform(get("/admin/mailbox")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/mailbox").with(user(data.seeker()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/mailbox").with(user(data.employer(true)))).andExpect(status().isForbidden());
		AccountUser admin = new AccountUser(0L, "admin@example.org", "Admin", Role.ADMIN, null, "");
		mvc.perform(get("/admin/mailbox").with(user(admin))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Dev mailbox")));
	}
}
