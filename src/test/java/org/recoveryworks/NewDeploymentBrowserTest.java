package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A real program installs RecoveryWorks on an empty database, without demo data, and runs it from
 * the product alone: the first administrator sets up the site (Illinois, Central time), creates a
 * program and invites its supervisor; the supervisor accepts, sets up two-step sign-in and invites
 * a coach; the coach accepts and enrolls a person; the supervisor moves the caseload and deactivates
 * the coach, who can no longer sign in. axe-core on every new page type.
 */
@TestPropertySource(properties = { "recoveryworks.demo-data=false",
		"spring.datasource.url=jdbc:h2:mem:rw-new-deployment;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
		"spring.datasource.password=", NewDeploymentBrowserTest.ADMIN_EMAIL_PROPERTY,
		"recoveryworks.admin.password=" + NewDeploymentBrowserTest.ADMIN_PASSWORD })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewDeploymentBrowserTest extends BrowserTest {

	static final String ADMIN_EMAIL = "it@prairie-peers.example.org";
	static final String ADMIN_EMAIL_PROPERTY = "recoveryworks.admin.email=" + ADMIN_EMAIL;
	static final String ADMIN_PASSWORD = "first admin password 2026";
	private static final Pattern LINK = Pattern.compile("(/invitations/accept\\?token=[A-Za-z0-9_-]+)");

	@Autowired
	DevMailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Order(1)
	void anAdministratorSetsUpTheSiteAndAProgramWhoseStaffJoinByInvitation() {
		assertThat(jdbc.queryForObject("select count(*) from organization", Long.class)).isZero();

		// The first administrator signs in (setting up two-step sign-in) and is led to set up the site.
		Page admin = visitor(false);
		signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
		admin.navigate("/home");
		assertThat(admin.locator("h1")).hasText("Welcome: set up this site");
		assertAccessible(admin);
		admin.locator("#name").fill("Prairie Peer Jobs");
		admin.locator("#states").fill("il, XX");
		admin.locator("#timeZone").selectOption("America/Chicago");
		admin.locator("#supportEmail").fill("help@prairie-peers.example.org");
		admin.locator("main button[type=submit]").click();
		assertThat(admin.locator("#states-error")).containsText("two-letter state codes");
		assertAccessible(admin);
		admin.locator("#states").fill("IL");
		admin.locator("main button[type=submit]").click();

		// Next, the first program.
		assertThat(admin.locator("h1")).hasText("Add a program");
		assertThat(admin.locator(".usa-logo")).hasText("Prairie Peer Jobs");
		assertThat(admin.locator("footer")).containsText("help@prairie-peers.example.org");
		assertAccessible(admin);
		admin.locator("#name").fill("Sangamon Peer Employment Program");
		admin.locator("#town").fill("Springfield");
		admin.locator("#zip").fill("06103");
		admin.locator("main button[type=submit]").click();
		assertThat(admin.locator("#zip-error")).containsText("outside the states this site serves (IL)");
		admin.locator("#zip").fill("62701");
		admin.locator("main button[type=submit]").click();
		assertThat(admin.locator("h1")).hasText("Sangamon Peer Employment Program: staff");
		assertThat(admin.locator(".usa-alert--success")).containsText("The program is added");
		assertAccessible(admin);

		// The administrator invites the program's supervisor.
		String supervisorEmail = "dana.supervisor@sangamon-peers.example.org";
		admin.locator("#email").fill(supervisorEmail);
		admin.locator("#role").selectOption("SUPERVISOR");
		admin.locator("#invite button[type=submit]").click();
		assertThat(admin.locator(".usa-alert--success")).containsText("An invitation was sent to " + supervisorEmail);
		assertThat(admin.locator("#invitations")).containsText(supervisorEmail);
		assertAccessible(admin);
		String supervisorLink = invitationLink(supervisorEmail);

		// The supervisor accepts: chooses a name and password, signs in and sets up two-step sign-in.
		Page supervisor = visitor(true);
		supervisor.navigate(supervisorLink);
		assertThat(supervisor.locator("h1")).hasText("Accept your invitation");
		assertThat(supervisor.locator("main")).containsText("Sangamon Peer Employment Program as Supervisor");
		assertAccessible(supervisor);
		supervisor.locator("#displayName").fill("Dana Whitfield");
		supervisor.locator("#password").fill("short");
		supervisor.locator("main button[type=submit]").click();
		assertThat(supervisor.locator("#password-error")).isVisible();
		supervisor.locator("#password").fill("supervisor password 2026");
		supervisor.locator("main button[type=submit]").click();
		assertThat(supervisor.locator(".usa-alert--success")).containsText("Your account is ready");
		// The link works once.
		Page again = visitor(true);
		again.navigate(supervisorLink);
		assertThat(again.locator("h1")).hasText("This invitation link does not work");
		assertAccessible(again);

		signIn(supervisor, supervisorEmail, "supervisor password 2026");
		supervisor.navigate("/staff");
		assertThat(supervisor.locator("h1")).hasText("Sangamon Peer Employment Program: staff");
		assertThat(supervisor.locator("#members")).containsText("Dana Whitfield");
		assertAccessible(supervisor);

		// The supervisor invites a coach, who accepts, sets up two-step sign-in and enrolls a person.
		String coachEmail = "lee.coach@sangamon-peers.example.org";
		supervisor.locator("#email").fill(coachEmail);
		supervisor.locator("#role").selectOption("COACH");
		supervisor.locator("#invite button[type=submit]").click();
		assertThat(supervisor.locator(".usa-alert--success")).containsText(coachEmail);
		Page coach = visitor(false);
		coach.navigate(invitationLink(coachEmail));
		coach.locator("#displayName").fill("Lee Okafor");
		coach.locator("#password").fill("coach password 2026!");
		coach.locator("main button[type=submit]").click();
		signIn(coach, coachEmail, "coach password 2026!");
		coach.navigate("/coach");
		assertThat(coach.locator("h1")).hasText("My caseload");
		coach.locator("a", new Page.LocatorOptions().setHasText("Enroll a person")).click();
		coach.locator("#fullName").fill("Jamie Rivers");
		coach.locator("#town").fill("Springfield");
		coach.locator("#employmentStatus").selectOption("UNEMPLOYED_LOOKING");
		coach.locator("label[for=benefit-NONE]").click();
		coach.locator("#ownGoals").fill("A job with regular hours near the bus line.");
		coach.locator("main button[type=submit]").click();
		assertThat(coach.locator(".usa-alert--success")).containsText("The person is enrolled");

		// The coach cannot manage staff.
		assertThat(coach.navigate("/staff").status()).isEqualTo(403);

		// The coach is leaving: deactivating is refused while the caseload is theirs.
		supervisor.navigate("/staff");
		Locator row = supervisor.locator("#members tr", new Page.LocatorOptions().setHasText("Lee Okafor"));
		assertThat(row).containsText("Coach");
		assertThat(row.locator("td").nth(3)).hasText("1");
		row.locator("summary").click();
		row.locator("button", new Locator.LocatorOptions().setHasText("Deactivate")).click();
		row = supervisor.locator("#members tr", new Page.LocatorOptions().setHasText("Lee Okafor"));
		assertThat(row.locator("[role=alert]")).containsText("still has 1 people on their caseload");
		assertAccessible(supervisor);
		row.locator("select[name=toCoachId]").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Dana Whitfield"));
		row.locator("button", new Locator.LocatorOptions().setHasText("Move the caseload")).click();
		assertThat(supervisor.locator(".usa-alert--success")).containsText("One person was moved");
		row = supervisor.locator("#members tr", new Page.LocatorOptions().setHasText("Lee Okafor"));
		row.locator("summary").click();
		row.locator("button", new Locator.LocatorOptions().setHasText("Deactivate")).click();
		assertThat(supervisor.locator(".usa-alert--success")).containsText("deactivated");
		assertThat(supervisor.locator("#members tr", new Page.LocatorOptions().setHasText("Lee Okafor"))).containsText("Deactivated");

		// The coach's session ends, and signing in again fails.
		coach.navigate("/coach");
		assertThat(coach).hasURL(Pattern.compile(".*/login.*"));
		coach.locator("#username").fill(coachEmail);
		coach.locator("#password").fill("coach password 2026!");
		coach.locator("form.usa-form button[type=submit]").click();
		assertThat(coach).hasURL(Pattern.compile(".*/login\\?error"));

		// Every change is in the audit trail.
		List<String> details = jdbc.queryForList("select detail from audit_entry where detail is not null order by id", String.class);
		assertThat(details).anyMatch(d -> d.startsWith("invited " + supervisorEmail + " as SUPERVISOR"))
			.anyMatch(d -> d.startsWith("invited " + coachEmail + " as COACH"))
			.anyMatch(d -> d.startsWith("accepted invitation"))
			.contains("deactivated");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = ? and record_type = 'participant'", Long.class,
				AuditTrail.Action.UPDATE.name())).isGreaterThanOrEqualTo(1);
	}

	private String invitationLink(String email) {
		String body = mailbox.to(email).get(0).body();
		Matcher m = LINK.matcher(body);
		assertThat(m.find()).as("invitation link in %s", body).isTrue();
		return m.group(1);
	}
}
