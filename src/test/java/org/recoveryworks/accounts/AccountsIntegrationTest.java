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
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@org.junit.jupiter.api.Tag("database")
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

	private static final Pattern CONFIRM_LINK = Pattern.compile("(/register/confirm\\?token=([A-Za-z0-9_-]+))");

	/** The token of the newest registration link e-mailed to the address. */
	private String linkTokenFor(String email) {
		List<DevMailbox.Message> mail = mailbox.to(email);
		assertThat(mail).as("mail to %s", email).isNotEmpty();
		Matcher link = CONFIRM_LINK.matcher(mail.get(0).body());
		assertThat(link.find()).as("a registration link in %s", mail.get(0).body()).isTrue();
		return link.group(2);
	}

	private long accounts(String email) {
		return jdbc.queryForObject("select count(*) from user_account where lower(email) = lower(?)", Long.class, email);
	}

	private long pending(String email) {
		return jdbc.queryForObject("select count(*) from pending_registration where lower(email) = lower(?)", Long.class, email);
	}

	private MvcResult registerSeeker(String email, String password) throws Exception {
		return mvc.perform(post("/register/seeker").param("displayName", "Alex").param("email", email).param("password", password)
			.with(csrf())).andReturn();
	}

	@Test
	void aNewSeekerHasAnAccountOnlyOnceTheyUseTheEmailedLinkAndUsingItTwiceMakesOne() throws Exception {
		String email = "new.seeker" + TestData.next() + "@example.org";
		mvc.perform(post("/register/seeker").param("displayName", "Alex").param("email", email)
			.param("password", "a long enough password").with(csrf()))
			.andExpect(redirectedUrl("/register/check-email"))
			.andExpect(unauthenticated());
		assertThat(accounts(email)).isZero();
		// Waiting: the password only as its hash, the link's token only as its hash.
		String token = linkTokenFor(email);
		assertThat(jdbc.queryForObject("select password_hash from pending_registration where email = ?", String.class, email))
			.startsWith("{bcrypt}").doesNotContain("a long enough password");
		assertThat(jdbc.queryForObject("select token_hash from pending_registration where email = ?", String.class, email))
			.hasSize(64).isNotEqualTo(token).doesNotContain(token);
		java.sql.Timestamp created = jdbc.queryForObject("select created_at from pending_registration where email = ?",
				java.sql.Timestamp.class, email);
		java.sql.Timestamp expires = jdbc.queryForObject("select expires_at from pending_registration where email = ?",
				java.sql.Timestamp.class, email);
		assertThat(expires.toInstant()).isEqualTo(created.toInstant().plus(java.time.Duration.ofHours(24)));
		assertThat(mailbox.to(email).get(0).body()).contains("http://localhost/register/confirm?token=" + token).contains("24 hours");

		// Opening the link (as a mail scanner does) changes nothing.
		java.util.Map<String, Integer> before = org.recoveryworks.DatabaseTables.contents(jdbc);
		mvc.perform(get("/register/confirm").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Finish registration")))
			.andExpect(content().string(containsString(email)));
		assertThat(org.recoveryworks.DatabaseTables.contents(jdbc)).isEqualTo(before);
		assertThat(accounts(email)).isZero();

		mvc.perform(post("/register/confirm").param("token", token).with(csrf()))
			.andExpect(redirectedUrl("/my/applications"))
			.andExpect(flash().attribute("flashKey", "registration.seeker.done"))
			.andExpect(authenticated().withUsername(email));
		assertThat(accounts(email)).isEqualTo(1);
		String hash = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email);
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long enough password");
		assertThat(jdbc.queryForObject("select display_name from user_account where email = ?", String.class, email)).isEqualTo("Alex");
		mvc.perform(formLogin().user(email).password("a long enough password")).andExpect(authenticated());
		// What the waiting registration held is gone with its use.
		assertThat(jdbc.queryForObject("select password_hash from pending_registration where email = ?", String.class, email)).isNull();

		// The same link again: "already finished, sign in", and no second account.
		mvc.perform(post("/register/confirm").param("token", token).with(csrf()))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flashKey", "registration.confirm.alreadyDone"));
		assertThat(accounts(email)).isEqualTo(1);
		mvc.perform(get("/register/confirm").param("token", token))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("This link has expired or was already used. Register again.")));
	}

	@Test
	void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccountAndTheOwnerIsTold() throws Exception {
		AccountUser existing = data.seeker();
		String fresh = "fresh" + TestData.next() + "@example.org";
		MvcResult known = registerSeeker(existing.email().toUpperCase(), "a long enough password");
		MvcResult unknown = registerSeeker(fresh, "a long enough password");
		assertThat(known.getResponse().getStatus()).isEqualTo(unknown.getResponse().getStatus()).isEqualTo(302);
		assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(unknown.getResponse().getRedirectedUrl())
			.isEqualTo("/register/check-email");
		assertThat((java.util.Map<String, Object>) known.getFlashMap()).containsOnlyKeys("registeredEmail").containsEntry("registeredEmail", existing.email());
		assertThat((java.util.Map<String, Object>) unknown.getFlashMap()).containsOnlyKeys("registeredEmail").containsEntry("registeredEmail", fresh);
		String knownPage = checkEmailPage(known, existing.email());
		String unknownPage = checkEmailPage(unknown, fresh);
		assertThat(knownPage).isEqualTo(unknownPage).contains("Check your e-mail").contains("We sent a link to ADDRESS to finish.")
			.contains("The link works for 24 hours.");

		// Nothing is made for the address that has an account; its owner is told how to sign in.
		assertThat(accounts(existing.email())).isEqualTo(1);
		assertThat(pending(existing.email())).isZero();
		List<DevMailbox.Message> mail = mailbox.to(existing.email());
		assertThat(mail).hasSize(1);
		assertThat(mail.get(0).body()).contains("Someone (maybe you) tried to register with this e-mail address.")
			.contains("You already have an account").contains("http://localhost/login").contains("http://localhost/password/forgot")
			.contains("If it was not you, you can ignore this e-mail.").doesNotContain("/register/confirm");
		assertThat(pending(fresh)).isEqualTo(1);
		assertThat(accounts(fresh)).isZero();

		// The same for an employer (no organization either), and for an account that was deactivated.
		long organizations = jdbc.queryForObject("select count(*) from organization", Long.class);
		MvcResult employer = mvc.perform(post("/register/employer").param("displayName", "Pat").param("email", existing.email())
			.param("password", "a long enough password").param("organizationName", "Squatters Inc").param("kind", "NONPROFIT_PROVIDER")
			.param("town", "New London").param("zip", "06320").with(csrf())).andReturn();
		assertThat(employer.getResponse().getRedirectedUrl()).isEqualTo("/register/check-email");
		AccountUser deactivated = data.seeker();
		jdbc.update("update user_account set deactivated_at = ? where id = ?", java.sql.Timestamp.from(java.time.Instant.now(clock)),
				deactivated.id());
		MvcResult gone = registerSeeker(deactivated.email(), "a long enough password");
		assertThat(gone.getResponse().getRedirectedUrl()).isEqualTo("/register/check-email");
		assertThat(checkEmailPage(gone, deactivated.email())).isEqualTo(unknownPage);
		assertThat(jdbc.queryForObject("select count(*) from organization", Long.class)).isEqualTo(organizations);
		assertThat(pending(existing.email()) + pending(deactivated.email())).isZero();
		assertThat(mailbox.to(existing.email())).hasSize(2);
		assertThat(mailbox.to(deactivated.email())).singleElement().satisfies(m -> assertThat(m.body()).contains("You already have an account"));
	}

	/** The "check your e-mail" page the redirect leads to, with the address replaced and the per-request form token left out. */
	private String checkEmailPage(MvcResult registration, String address) throws Exception {
		String page = mvc.perform(get(registration.getResponse().getRedirectedUrl()).flashAttrs(registration.getFlashMap()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(address);
		return page.replace(address, "ADDRESS").replaceAll("(_csrf\"\\s+content=\")[^\"]*", "$1")
			.replaceAll("hx-headers=\"[^\"]*\"", "");
	}

	@Test
	void theNewestRegistrationOfAnAddressReplacesTheOneBefore() throws Exception {
		String email = "twice" + TestData.next() + "@example.org";
		registerSeeker(email, "the first long password");
		String first = linkTokenFor(email);
		registerSeeker(email.toUpperCase(), "the second long password");
		String second = linkTokenFor(email);
		assertThat(second).isNotEqualTo(first);
		assertThat(pending(email)).isEqualTo(1);
		mvc.perform(post("/register/confirm").param("token", first).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link has expired or was already used.")));
		assertThat(accounts(email)).isZero();
		mvc.perform(post("/register/confirm").param("token", second).with(csrf())).andExpect(redirectedUrl("/my/applications"));
		mvc.perform(formLogin().user(email).password("the second long password")).andExpect(authenticated());
	}

	@Test
	void expiredUnknownAndMalformedLinksAreAClearPageNeverAnError() throws Exception {
		String email = "late" + TestData.next() + "@example.org";
		registerSeeker(email, "a long enough password");
		String token = linkTokenFor(email);
		jdbc.update("update pending_registration set expires_at = ? where email = ?",
				java.sql.Timestamp.from(java.time.Instant.now(clock).minusSeconds(1)), email);
		mvc.perform(get("/register/confirm").param("token", token))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("This link has expired or was already used. Register again.")))
			.andExpect(content().string(containsString("href=\"/register\"")));
		mvc.perform(post("/register/confirm").param("token", token).with(csrf()))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link has expired or was already used. Register again.")));
		assertThat(accounts(email)).isZero();

		for (String garbage : new String[] { "nonsense", "", "x".repeat(5000), "<script>alert(1)</script>", "%00" }) {
			mvc.perform(get("/register/confirm").param("token", garbage))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("This link has expired or was already used.")));
			mvc.perform(post("/register/confirm").param("token", garbage).with(csrf()))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("This link has expired or was already used.")));
		}
		mvc.perform(get("/register/confirm")).andExpect(status().isNotFound());
		mvc.perform(post("/register/confirm").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void expiredRegistrationsAreForgottenAndWaitingOnesKept() throws Exception {
		String late = "forgotten" + TestData.next() + "@example.org";
		String waiting = "kept" + TestData.next() + "@example.org";
		registerSeeker(late, "a long enough password");
		registerSeeker(waiting, "a long enough password");
		jdbc.update("update pending_registration set expires_at = ? where email = ?",
				java.sql.Timestamp.from(java.time.Instant.now(clock).minusSeconds(1)), late);
		assertThat(registrations.forgetExpired()).isPositive();
		assertThat(pending(late)).isZero();
		assertThat(pending(waiting)).isEqualTo(1);
	}

	@Test
	void aLinkWhoseAddressGotAnAccountMeanwhileMakesNothing() throws Exception {
		String email = "raced" + TestData.next() + "@example.org";
		registerSeeker(email, "a long enough password");
		String token = linkTokenFor(email);
		accountsService.registerSeeker(email, TestData.PASSWORD, "Made Elsewhere", null);
		mvc.perform(post("/register/confirm").param("token", token).with(csrf()))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link has expired or was already used.")))
			.andExpect(unauthenticated());
		assertThat(accounts(email)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select display_name from user_account where email = ?", String.class, email)).isEqualTo("Made Elsewhere");
	}

	@Test
	void closingAnAccountForgetsTheLinkThatMadeIt() throws Exception {
		String email = "closing" + TestData.next() + "@example.org";
		registerSeeker(email, "a long enough password");
		String token = linkTokenFor(email);
		mvc.perform(post("/register/confirm").param("token", token).with(csrf())).andExpect(redirectedUrl("/my/applications"));
		Long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
		AccountUser user = accountsService.find(id).orElseThrow();
		mvc.perform(post("/my/account/close").param("password", "a long enough password").param("confirm", "true").with(user(user))
			.with(csrf())).andExpect(redirectedUrl("/login?closed"));
		assertThat(pending(email)).isZero();
		mvc.perform(post("/register/confirm").param("token", token).with(csrf())).andExpect(status().isNotFound());
		// The address is free again: registering it makes a new link.
		registerSeeker(email, "a long enough password");
		assertThat(linkTokenFor(email)).isNotEqualTo(token);
	}

	@Autowired
	Registrations registrations;

	@Autowired
	Accounts accountsService;

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
		long organizationsBefore = jdbc.queryForObject("select count(*) from organization", Long.class);
		mvc.perform(post("/register/employer").param("displayName", "Pat").param("email", email)
			.param("password", "a long enough password").param("organizationName", "Shoreline Recovery Center")
			.param("kind", "NONPROFIT_PROVIDER").param("town", "New London").param("zip", "06320").param("phone", "(860) 555-0100")
			.with(csrf()))
			.andExpect(redirectedUrl("/register/check-email"));
		assertThat(accounts(email)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from organization", Long.class)).isEqualTo(organizationsBefore);
		String token = linkTokenFor(email);
		mvc.perform(get("/register/confirm").param("token", token)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from organization", Long.class)).isEqualTo(organizationsBefore);

		// Sent ten times at once (a double click, and more): one account, one organization.
		List<String> answers = TestData.tenAtOnce(() -> mvc.perform(post("/register/confirm").param("token", token).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl());
		assertThat(answers).filteredOn("/employer/postings"::equals).hasSize(1);
		assertThat(answers).filteredOn("/login"::equals).hasSize(9);
		assertThat(accounts(email)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from organization", Long.class)).isEqualTo(organizationsBefore + 1);
		assertThat(jdbc.queryForObject("select phone from user_account where email = ?", String.class, email)).isEqualTo("(860) 555-0100");
		mvc.perform(post("/register/confirm").param("token", token).with(csrf())).andExpect(redirectedUrl("/login"));
		assertThat(jdbc.queryForObject("select count(*) from organization", Long.class)).isEqualTo(organizationsBefore + 1);

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
