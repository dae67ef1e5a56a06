package org.recoveryworks.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.ApiTokens;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Who may invite and manage whom; invitations that work once, are not guessable and expire; every change audited. */
@org.junit.jupiter.api.Tag("database")
class TeamsIntegrationTest extends IntegrationTest {

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	DevMailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	java.time.Clock clock;

	@Test
	void aSupervisorCannotInviteIntoOrReadAnotherProgramsStaff() throws Exception {
		TestData.Program mine = data.program();
		TestData.Program theirs = data.program();
		long accountsBefore = count("user_account");
		mvc.perform(get("/staff").with(user(mine.supervisor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mine.coach().email())))
			.andExpect(content().string(not(containsString(theirs.coach().email()))));
		mvc.perform(get("/admin/programs/{id}", theirs.id()).with(user(mine.supervisor()))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/programs/{id}/invitations", theirs.id()).param("email", "x" + TestData.next() + "@example.org")
			.param("role", "COACH").with(user(mine.supervisor())).with(csrf())).andExpect(status().isForbidden());
		for (String action : new String[] { "deactivate", "role" }) {
			mvc.perform(post("/staff/members/{id}/" + action, theirs.coach().id()).param("role", "SUPERVISOR")
				.with(user(mine.supervisor())).with(csrf())).andExpect(status().isNotFound());
		}
		mvc.perform(post("/staff/members/{id}/caseload", theirs.coach().id()).param("toCoachId", String.valueOf(mine.coach().id()))
			.with(user(mine.supervisor())).with(csrf())).andExpect(status().isNotFound());
		// Nor give a role only administrators give.
		mvc.perform(post("/staff/invitations").param("email", "po" + TestData.next() + "@example.org").param("role", "PRIVACY_OFFICER")
			.with(user(mine.supervisor())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot invite someone with this role here.")));
		assertThat(count("user_account")).isEqualTo(accountsBefore);
		assertThat(jdbc.queryForObject("select role from user_account where id = ?", String.class, theirs.coach().id())).isEqualTo("COACH");
		assertThat(jdbc.queryForObject("select count(*) from user_account where id = ? and deactivated_at is null", Long.class,
				theirs.coach().id())).isEqualTo(1);
	}

	@Test
	void aCoachCannotInviteOrManageStaff() throws Exception {
		TestData.Program program = data.program();
		long before = count("invitation");
		mvc.perform(post("/staff/invitations").param("email", "x" + TestData.next() + "@example.org").param("role", "COACH")
			.with(user(program.coach())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/staff").with(user(program.coach()))).andExpect(status().isForbidden());
		mvc.perform(post("/staff/members/{id}/deactivate", program.otherCoach().id()).with(user(program.coach())).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(count("invitation")).isEqualTo(before);
	}

	@Test
	void anInvitationWorksOnceCannotBeGuessedAndExpires() throws Exception {
		TestData.Program program = data.program();
		String email = "new.coach" + TestData.next() + "@example.org";
		invite(program.supervisor(), "/staff/invitations", email, "COACH");
		String token = token(email);

		// A guessed token, and a mangled one, lead nowhere.
		mvc.perform(get("/invitations/accept").param("token", "guessed-token-that-was-never-issued"))
			.andExpect(content().string(containsString("This invitation link does not work")));
		mvc.perform(accept(token.substring(1), "Guess", "a long enough password"))
			.andExpect(content().string(containsString("This invitation link does not work")));

		mvc.perform(get("/invitations/accept").param("token", token))
			.andExpect(content().string(containsString(email)));
		mvc.perform(accept(token, "New Coach", "a long enough password")).andExpect(redirectedUrl("/login"));
		AccountUser coach = accounts.find(jdbc.queryForObject("select id from user_account where email = ?", Long.class, email)).orElseThrow();
		assertThat(coach.role()).isEqualTo(Role.COACH);
		assertThat(coach.organizationId()).isEqualTo(program.id());

		// Used once: the second time it creates nothing.
		long accountsBefore = count("user_account");
		mvc.perform(accept(token, "Someone Else", "another long password"))
			.andExpect(content().string(containsString("This invitation link does not work")));
		assertThat(count("user_account")).isEqualTo(accountsBefore);

		// Expired.
		String late = "late.coach" + TestData.next() + "@example.org";
		invite(program.supervisor(), "/staff/invitations", late, "COACH");
		jdbc.update("update invitation set expires_at = ? where email = ?",
				java.sql.Timestamp.from(java.time.Instant.now(clock).minusSeconds(60)), late);
		mvc.perform(accept(token(late), "Late Coach", "a long enough password"))
			.andExpect(content().string(containsString("This invitation link does not work")));
		assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, late)).isZero();

		assertThat(jdbc.queryForList("select detail from audit_entry where record_type = 'invitation'", String.class))
			.anyMatch(d -> d.startsWith("invited " + email + " as COACH into organization " + program.id()));
	}

	@Test
	void theSameInvitationSentTwiceLeavesOneWaiting() throws Exception {
		TestData.Program program = data.program();
		String email = "twice" + TestData.next() + "@example.org";
		invite(program.supervisor(), "/staff/invitations", email, "COACH");
		invite(program.supervisor(), "/staff/invitations", email, "COACH");
		assertThat(jdbc.queryForObject("select count(*) from invitation where pending_email = ?", Long.class, email)).isEqualTo(1);
		// An address that already has an account is refused next to the field.
		mvc.perform(post("/staff/invitations").param("email", program.coach().email()).param("role", "COACH")
			.with(user(program.supervisor())).with(csrf()))
			.andExpect(content().string(containsString("This address already has an account.")));
	}

	@Test
	void anEmployerInvitesAColleagueWhoPostsAJobAndEitherCanRemoveTheOther() throws Exception {
		AccountUser first = data.employer(true);
		String email = "colleague" + TestData.next() + "@example.org";
		// An employer invites hiring staff only.
		mvc.perform(post("/employer/team/invitations").param("email", email).param("role", "COACH").with(user(first)).with(csrf()))
			.andExpect(content().string(containsString("You cannot invite someone with this role here.")));
		invite(first, "/employer/team/invitations", email, "EMPLOYER");
		mvc.perform(accept(token(email), "Chris Colleague", "a long enough password")).andExpect(redirectedUrl("/login"));
		AccountUser colleague = accounts.find(jdbc.queryForObject("select id from user_account where email = ?", Long.class, email)).orElseThrow();
		assertThat(colleague.organizationId()).isEqualTo(first.organizationId());

		var form = data.publishForm("TEAM-" + TestData.next(), "Peer Recovery Coach");
		var request = post("/employer/postings").with(user(colleague)).with(csrf());
		form.forEach(request::param);
		mvc.perform(request).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from posting where organization_id = ?", Long.class, first.organizationId()))
			.isEqualTo(1);

		mvc.perform(get("/employer/team").with(user(colleague))).andExpect(content().string(containsString(first.email())));
		mvc.perform(post("/employer/team/members/{id}/deactivate", first.id()).with(user(colleague)).with(csrf()))
			.andExpect(redirectedUrl("/employer/team"));
		assertThat(jdbc.queryForObject("select deactivated_at from user_account where id = ?", java.sql.Timestamp.class, first.id())).isNotNull();
		// Nobody removes themselves.
		mvc.perform(post("/employer/team/members/{id}/deactivate", colleague.id()).with(user(colleague)).with(csrf()))
			.andExpect(content().string(containsString("You cannot change your own account here")));
	}

	@Test
	void aDeactivatedAccountsApiTokensStopWorking() throws Exception {
		TestData.Program program = data.program();
		String token = tokens.create(program.coach(), "Spreadsheet");
		mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(post("/staff/members/{id}/deactivate", program.coach().id()).with(user(program.supervisor())).with(csrf()))
			.andExpect(redirectedUrl("/staff"));
		mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void anAdministratorResetsTwoStepSignInWithAReason() throws Exception {
		TestData.Program program = data.program();
		AccountUser admin = accounts.find(jdbc.queryForObject("select min(id) from user_account where role = 'ADMIN'", Long.class)).orElseThrow();
		String path = "/admin/programs/" + program.id() + "/members/" + program.coach().id() + "/two-step";
		mvc.perform(post(path).param("reason", "lost").with(user(admin)).with(csrf()))
			.andExpect(content().string(containsString("Say why, in 10 to 500 characters.")));
		assertThat(jdbc.queryForObject("select totp_secret from user_account where id = ?", String.class, program.coach().id())).isNotNull();
		mvc.perform(post(path).param("reason", "Lost their phone and the recovery codes").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/programs/" + program.id()));
		assertThat(jdbc.queryForObject("select totp_secret from user_account where id = ?", String.class, program.coach().id())).isNull();
		assertThat(mailbox.to(program.coach().email())).anyMatch(m -> m.subject().contains("Two-step sign-in was turned off"));
		assertThat(jdbc.queryForList("select detail from audit_entry where record_type = 'two-step sign-in' and record_id = ?", String.class,
				program.coach().id())).containsExactly("turned off by an administrator: Lost their phone and the recovery codes");
	}

	@Test
	void aSupervisorChangesACoachsRoleAndTheCoachSignsInAgain() throws Exception {
		TestData.Program program = data.program();
		mvc.perform(post("/staff/members/{id}/role", program.otherCoach().id()).param("role", "SUPERVISOR")
			.with(user(program.supervisor())).with(csrf())).andExpect(redirectedUrl("/staff"));
		assertThat(jdbc.queryForObject("select role from user_account where id = ?", String.class, program.otherCoach().id()))
			.isEqualTo("SUPERVISOR");
		assertThat(jdbc.queryForList("select detail from audit_entry where record_type = 'account' and record_id = ?", String.class,
				program.otherCoach().id())).contains("role changed from COACH to SUPERVISOR");
		// Nobody changes their own role.
		mvc.perform(post("/staff/members/{id}/role", program.supervisor().id()).param("role", "COACH")
			.with(user(program.supervisor())).with(csrf())).andExpect(content().string(containsString("You cannot change your own account")));
	}

	@Test
	void anAdministratorCreatesAProgramOnceAndMovesAStaffMemberWhoseCaseloadIsEmpty() throws Exception {
		AccountUser admin = admin();
		String name = "Riverside Peer Employment Program " + TestData.next();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/admin/programs").param("name", name).param("town", "Middletown").param("zip", "06457")
				.with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.queryForObject("select count(*) from organization where name = ?", Long.class, name)).isEqualTo(1);
		Long riverside = jdbc.queryForObject("select id from organization where name = ?", Long.class, name);
		mvc.perform(post("/admin/programs").param("name", "").param("town", "Middletown").param("zip", "99999")
			.with(user(admin)).with(csrf()))
			.andExpect(content().string(containsString("We do not know this ZIP code.")));

		TestData.Program program = data.program();
		String path = "/admin/programs/" + program.id() + "/members/" + program.otherCoach().id() + "/move";
		mvc.perform(post(path).param("programId", riverside.toString()).with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/programs/" + program.id()));
		assertThat(jdbc.queryForObject("select organization_id from user_account where id = ?", Long.class, program.otherCoach().id()))
			.isEqualTo(riverside);
		assertThat(jdbc.queryForList("select detail from audit_entry where record_type = 'account' and record_id = ?", String.class,
				program.otherCoach().id())).contains("moved from organization " + program.id() + " to " + riverside);
		// A supervisor cannot move anyone to another program.
		mvc.perform(post(path).param("programId", String.valueOf(program.id())).with(user(program.supervisor())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anInvitationStopsWorkingWhenTheInviterIsDeactivated() throws Exception {
		TestData.Program program = data.program();
		String email = "orphan" + TestData.next() + "@example.org";
		invite(program.supervisor(), "/staff/invitations", email, "COACH");
		String token = token(email);
		mvc.perform(post("/admin/programs/{p}/members/{id}/deactivate", program.id(), program.supervisor().id()).with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/programs/" + program.id()));
		mvc.perform(accept(token, "Orphan Coach", "a long enough password"))
			.andExpect(content().string(containsString("This invitation link does not work")));
		assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, email)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from invitation where pending_email = ?", Long.class, email)).isZero();
	}

	@Test
	void onlyStaffWithTwoStepSignInHaveItTurnedOffAndAVerifiedEmployerKeepsItsName() throws Exception {
		AccountUser employer = data.employer(true);
		String path = "/admin/organizations/" + employer.organizationId();
		mvc.perform(post("/admin/staff/members/{id}/two-step", employer.id()).param("reason", "Lost their phone and the codes")
			.with(user(admin())).with(csrf())).andExpect(status().isNotFound());
		String name = jdbc.queryForObject("select name from organization where id = ?", String.class, employer.organizationId());
		long version = jdbc.queryForObject("select version from organization where id = ?", Long.class, employer.organizationId());
		mvc.perform(post("/employer/profile").param("version", String.valueOf(version)).param("name", "Department of Mental Health")
			.param("town", "Hartford").param("zip", "06103").param("description", "Now with a new description").with(user(employer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your organization was verified under this name.")));
		mvc.perform(post("/employer/profile").param("version", String.valueOf(version)).param("name", name)
			.param("street", "1 Main Street").param("town", "Hartford").param("zip", "06103").param("description", "Now with a new description")
			.with(user(employer)).with(csrf()))
			.andExpect(redirectedUrl("/employer/profile"));
		assertThat(jdbc.queryForObject("select description from organization where id = ?", String.class, employer.organizationId()))
			.isEqualTo("Now with a new description");
		assertThat(jdbc.queryForList("select detail from audit_entry where record_type = 'organization' and record_id = ?", String.class,
				employer.organizationId())).contains("profile changed");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(user(admin())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Now with a new description")));
	}

	private AccountUser admin() {
		return accounts.find(jdbc.queryForObject("select min(id) from user_account where role = 'ADMIN'", Long.class)).orElseThrow();
	}

	private void invite(AccountUser who, String path, String email, String role) throws Exception {
		mvc.perform(post(path).param("email", email).param("role", role).with(user(who)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private String token(String email) {
		var messages = mailbox.to(email);
		Matcher m = TOKEN.matcher(messages.get(0).body());
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private static org.springframework.test.web.servlet.RequestBuilder accept(String token, String name, String password) {
		return post("/invitations/accept").param("token", token).param("displayName", name).param("password", password).with(csrf());
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}
}
