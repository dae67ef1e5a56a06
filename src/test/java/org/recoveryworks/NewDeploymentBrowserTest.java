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
		"spring.datasource.password=", "server.forward-headers-strategy=native", NewDeploymentBrowserTest.ADMIN_EMAIL_PROPERTY,
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

		admin.navigate("/admin/programs");
		assertThat(admin.locator("#programs")).containsText("Sangamon Peer Employment Program");
		assertAccessible(admin);
		admin.navigate("/admin/staff");
		assertThat(admin.locator("#members")).containsText(ADMIN_EMAIL);
		assertAccessible(admin);
		admin.navigate("/admin/programs");
		admin.locator("#programs a", new Page.LocatorOptions().setHasText("Sangamon Peer Employment Program")).click();
		assertThat(admin.locator("h1")).hasText("Sangamon Peer Employment Program: staff");

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

	/**
	 * The same Illinois site, for employers and job seekers: an employer is refused with a reason,
	 * corrects its profile and is verified; a colleague it invites posts a job in Springfield 62701,
	 * which a job seeker finds within 25 miles of 62704; the program shows in the finder, and the
	 * Illinois CRSS is the credential offered.
	 */
	@Test
	@Order(2)
	void inIllinoisAnEmployerIsRefusedCorrectsIsVerifiedAndItsColleaguesJobIsFoundNearby() {
		// An employer registers.
		Page employer = visitor(true);
		employer.navigate("/register/employer");
		employer.locator("#organizationName").fill("Capital City Recovery Center");
		employer.locator("#kind").selectOption("NONPROFIT_PROVIDER");
		employer.locator("#town").fill("Springfield");
		employer.locator("#zip").fill("62701");
		employer.locator("#displayName").fill("Morgan Hale");
		employer.locator("#email").fill("morgan@capital-recovery.example.org");
		employer.locator("#password").fill("employer password 2026");
		employer.locator("main button[type=submit]").click();
		finishRegistration(employer, "morgan@capital-recovery.example.org");
		assertThat(employer.locator("h1")).hasText("Our postings");

		// The administrator reviews everything it registered, and refuses it with a reason.
		Page admin = visitor(false);
		signIn(admin, ADMIN_EMAIL, ADMIN_PASSWORD);
		admin.navigate("/admin/organizations");
		assertAccessible(admin);
		admin.locator("a[aria-label='Review Capital City Recovery Center']").click();
		assertThat(admin.locator("#registered")).containsText("Morgan Hale");
		assertThat(admin.locator("#registered")).containsText("Springfield 62701");
		assertAccessible(admin);
		admin.locator("#reason").fill("no");
		admin.locator("main button", new Page.LocatorOptions().setHasText("Refuse")).click();
		assertThat(admin.locator("#reason-error")).containsText("10 to 1,000 characters");
		assertAccessible(admin);
		admin.locator("#reason").fill("We could not find this organization: please add your website and a street address.");
		admin.locator("main button", new Page.LocatorOptions().setHasText("Refuse")).click();
		assertThat(admin.locator(".usa-alert--success")).containsText("was refused");
		assertThat(mailbox.to("morgan@capital-recovery.example.org")).anyMatch(m -> m.body().contains("please add your website"));

		// The employer reads why, corrects its profile and asks again; the administrator verifies it.
		employer.navigate("/employer/profile");
		assertThat(employer.locator("#refused")).containsText("please add your website");
		assertAccessible(employer);
		employer.locator("#street").fill("800 East Monroe Street");
		employer.locator("#website").fill("https://capital-recovery.example.org");
		employer.locator("#eeoStatement").fill("People in recovery are encouraged to apply.");
		employer.locator("main button[type=submit]").click();
		assertThat(employer.locator(".usa-alert--success")).containsText("We will check your group again");
		admin.navigate("/admin/organizations");
		admin.locator("a[aria-label='Review Capital City Recovery Center']").click();
		assertThat(admin.locator("#registered")).containsText("Refused earlier because");
		admin.locator("main button", new Page.LocatorOptions().setHasText("Verify")).click();
		assertThat(admin.locator(".usa-alert--success")).containsText("is verified");
		assertThat(jdbc.queryForList("select detail from audit_entry where record_type = 'organization'", String.class))
			.contains("verified").anyMatch(d -> d.startsWith("refused: We could not find"));

		// The employer invites a colleague, who posts a job in Springfield.
		employer.navigate("/employer/team");
		assertAccessible(employer);
		employer.locator("#email").fill("sam@capital-recovery.example.org");
		employer.locator("#invite button[type=submit]").click();
		assertThat(employer.locator("#invitations")).containsText("sam@capital-recovery.example.org");
		Page colleague = visitor(false);
		colleague.navigate(invitationLink("sam@capital-recovery.example.org"));
		colleague.locator("#displayName").fill("Sam Ortiz");
		colleague.locator("#password").fill("colleague password 2026");
		colleague.locator("main button[type=submit]").click();
		signIn(colleague, "sam@capital-recovery.example.org", "colleague password 2026");
		colleague.navigate("/employer/postings/new");
		colleague.locator("#title").fill("Certified Recovery Support Specialist");
		colleague.locator("#recruitmentNumber").fill("CCRC-1");
		colleague.locator("#employmentType").selectOption("FULL_TIME");
		colleague.locator("#town").fill("Springfield");
		colleague.locator("#zip").fill("62701");
		colleague.locator("#hoursPerWeek").fill("40");
		colleague.locator("#salaryUnit").selectOption("HOURLY");
		colleague.locator("#salaryMin").fill("19.00");
		colleague.locator("#salaryMax").fill("23.00");
		colleague.locator("#duties").fill("Support adults in recovery as they return to work and community life.");
		colleague.locator("#minimumQualifications").fill("Illinois CRSS, or working toward it.");
		colleague.locator("label[for=peerRole]").click();
		colleague.locator("button[value=publish]").click();
		assertThat(colleague.locator(".usa-alert--success")).isVisible();
		assertThat(colleague.locator("main")).containsText("Springfield, IL 62701");

		// A job seeker finds it within 25 miles of 62704, with its JSON-LD in Illinois.
		Page seeker = visitor(true);
		seeker.navigate("/jobs?zip=62704&radius=25");
		seeker.locator("#result-list a", new Page.LocatorOptions().setHasText("Certified Recovery Support Specialist")).click();
		assertThat(seeker.locator("main")).containsText("Springfield, IL 62701");
		assertThat(seeker.locator("main")).containsText("People in recovery are encouraged to apply.");
		assertAccessible(seeker);
		assertThat(seeker.locator("script[type='application/ld+json']")).hasCount(1);
		assertThat(seeker.locator("script[type='application/ld+json']").textContent()).contains("\"addressRegion\":\"IL\"");

		// The program in the finder, kept by its administrator.
		admin.navigate("/programs/manage/new");
		admin.locator("#name").fill("Sangamon Peer Employment Program");
		admin.locator("#kind").selectOption("RECOVERY_EMPLOYMENT_SERVICES");
		admin.locator("label[for=service-PEER_SUPPORT]").click();
		admin.locator("#town").fill("Springfield");
		admin.locator("#zip").fill("62701");
		admin.locator("main button[type=submit]").click();
		Page visitor = visitor(true);
		visitor.navigate("/programs?where=62704");
		assertThat(visitor.locator("#program-list")).containsText("Sangamon Peer Employment Program");
		assertThat(visitor.locator("#program-list")).containsText("Springfield, IL 62701");
		visitor.navigate("/programs?where=Springfield");
		assertThat(visitor.locator("#results-heading")).containsText("Springfield, IL");

		// The credential a new peer worker is offered here is Illinois's.
		Page supervisor = visitor(false);
		signIn(supervisor, "dana.supervisor@sangamon-peers.example.org", "supervisor password 2026");
		supervisor.navigate("/credentials");
		assertThat(supervisor.locator("#typeId")).containsText("Certified Recovery Support Specialist (Illinois)");
		assertThat(supervisor.locator("#typeId")).not().containsText("Connecticut");
		supervisor.locator("#typeId").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("Certified Recovery Support Specialist (Illinois)"));
		supervisor.locator("form:has(#typeId) button[type=submit]").click();
		assertThat(supervisor.locator("h1")).containsText("Certified Recovery Support Specialist (Illinois)");
	}

	/** Behind a TLS proxy (forwarded headers trusted, as the production profile does), HTTPS is remembered: HSTS is sent. */
	@Test
	@Order(3)
	void behindATlsProxyTheSiteAsksBrowsersToRememberHttps() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		java.net.http.HttpResponse<Void> direct = client.send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + port + "/jobs")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
		java.net.http.HttpResponse<Void> proxied = client.send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + port + "/jobs")).header("X-Forwarded-Proto", "https").build(),
				java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
		var production = new org.springframework.boot.env.YamlPropertySourceLoader().load("postgres",
				new org.springframework.core.io.ClassPathResource("application-postgres.yml"));
		assertThat(production.get(0).getProperty("server.forward-headers-strategy")).asString().contains(":native}");
	}

	private String invitationLink(String email) {
		String body = mailbox.to(email).get(0).body();
		Matcher m = LINK.matcher(body);
		assertThat(m.find()).as("invitation link in %s", body).isTrue();
		return m.group(1);
	}
}
