package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * The whole job bank path in a real browser: an employer registers, the admin verifies it, the
 * employer posts a job with a question, a seeker finds it, applies with a résumé, the employer
 * moves the application to interview and the seeker sees it. axe-core checks every page type.
 */
class JobBankJourneyBrowserTest extends BrowserTest {

	static final String DEMO_PASSWORD = "recovery-demo-2026";

	@Test
	void employerPostsSeekerAppliesEmployerInterviews() throws Exception {
		int n = TestData.next();
		String title = "Peer Navigator " + Integer.toString(n, 36).toUpperCase();
		String employerEmail = "hiring" + n + "@example.org";
		String seekerEmail = "seeker" + n + "@example.org";

		// Public pages anyone sees.
		Page anon = visitor(true);
		anon.navigate("/");
		assertAccessible(anon);
		anon.navigate("/jobs?q=peer+support&zip=06702");
		assertThat(anon.locator("#result-list li").first()).containsText("Recovery Support Specialist Trainee (40 Hour)");
		assertAccessible(anon);
		anon.locator("#result-list li a").first().click();
		assertThat(anon.locator("h1")).hasText("Recovery Support Specialist Trainee (40 Hour)");
		assertThat(anon.locator("#pay")).containsText("$41,723.20–$56,679.02 yearly");
		assertAccessible(anon);
		anon.navigate("/statistics");
		assertAccessible(anon);
		anon.navigate("/login");
		assertAccessible(anon);
		anon.navigate("/password/forgot");
		assertAccessible(anon);
		anon.navigate("/password/reset?token=nonsense");
		assertAccessible(anon);
		anon.navigate("/register");
		assertAccessible(anon);
		anon.navigate("/register/confirm?token=nonsense");
		assertThat(anon.locator("h1")).hasText("This link does not work");
		assertAccessible(anon);
		anon.navigate("/jobs/99999999");
		assertThat(anon.locator("h1")).hasText("Page not found");
		assertAccessible(anon);

		// 1. An employer registers its organization.
		Page employer = visitor(false);
		employer.navigate("/register/employer");
		employer.locator("button[type=submit]").click();
		assertThat(employer.locator(".usa-alert--error")).containsText("Please fix the marked fields");
		assertAccessible(employer);
		employer.locator("#organizationName").fill("Harbor Light Recovery " + n);
		employer.locator("#kind").selectOption("NONPROFIT_PROVIDER");
		employer.locator("#town").fill("Bridgeport");
		employer.locator("#zip").fill("06604");
		employer.locator("#displayName").fill("Dana Hiring");
		employer.locator("#email").fill(employerEmail);
		employer.locator("#password").fill("a good long password");
		employer.locator("button[type=submit]").click();
		// It finishes by the link e-mailed to the address.
		assertThat(employer.locator("h1")).hasText("Check your e-mail");
		assertThat(employer.locator("#sent")).containsText(employerEmail);
		assertAccessible(employer);
		employer.navigate(registrationLink(employerEmail));
		assertThat(employer.locator("#finish")).hasText("Finish registration");
		assertAccessible(employer);
		employer.locator("#finish").click();
		assertThat(employer.locator("#pending-notice")).isVisible();
		assertAccessible(employer);

		// 2. The admin verifies it.
		Page admin = visitor(false);
		signIn(admin, "admin@recoveryworks.example.org", DEMO_PASSWORD);
		admin.navigate("/admin/organizations");
		assertAccessible(admin);
		admin.locator("a[aria-label='Review Harbor Light Recovery " + n + "']").click();
		assertThat(admin.locator("#registered")).containsText("Dana Hiring");
		assertAccessible(admin);
		admin.locator("main button", new Page.LocatorOptions().setHasText("Verify")).click();
		assertThat(admin.locator(".usa-alert--success")).containsText("is verified");
		admin.navigate("/admin/mailbox");
		assertAccessible(admin);

		// 3. The employer posts a job with a question.
		employer.navigate("/employer/postings/new");
		assertAccessible(employer);
		employer.locator("#title").fill(title);
		employer.locator("#recruitmentNumber").fill("HL-" + n);
		employer.locator("#employmentType").selectOption("PART_TIME");
		employer.locator("#town").fill("Bridgeport");
		employer.locator("#zip").fill("06604");
		employer.locator("#hoursPerWeek").fill("24");
		employer.locator("#salaryUnit").selectOption("HOURLY");
		employer.locator("#salaryMin").fill("21.50");
		employer.locator("#salaryMax").fill("24.00");
		employer.locator("#duties").fill("Walk beside people leaving the hospital and connect them with peer support in the community.");
		employer.locator("#minimumQualifications").fill("Connecticut Recovery Support Specialist certification.");
		employer.locator("#closeDate").fill(LocalDate.now(clock).plusDays(30).toString());
		employer.locator("label[for=peerRole]").click();
		employer.locator("[id='questions0.text']").fill("Have you ever been hospitalized?");
		employer.locator("button[value=publish]").click();
		assertThat(employer.locator("[id='questions0.text'] ~ input, .usa-error-message").first()).containsText("ADA");
		assertAccessible(employer);
		employer.locator("[id='questions0.text']").fill("Are you able to travel to Danbury?");
		employer.locator("[id='questions0.type']").selectOption("YES_NO");
		employer.locator("button[value=publish]").click();
		assertThat(employer.locator("#posting-state")).hasText("Open");
		assertAccessible(employer);
		employer.navigate("/employer/tokens");
		assertAccessible(employer);

		// 4. A seeker on a phone registers, finds the job and applies with a résumé.
		Page seeker = visitor(true);
		seeker.navigate("/register/seeker");
		assertAccessible(seeker);
		seeker.locator("#displayName").fill("Robin Seeker");
		seeker.locator("#email").fill(seekerEmail);
		seeker.locator("#password").fill("another long password");
		seeker.locator("button[type=submit]").click();
		assertThat(seeker.locator("h1")).hasText("Check your e-mail");
		assertAccessible(seeker);
		finishRegistration(seeker, seekerEmail);
		assertThat(seeker.locator("h1")).hasText("My applications");
		assertThat(seeker.locator(".usa-alert--success")).containsText("Your account is ready");
		seeker.navigate("/jobs");
		seeker.locator("#q").fill(title);
		seeker.locator("#zip").fill("Bridgeport");
		seeker.locator("#q").press("Enter");
		assertThat(seeker.locator("#result-list")).containsText(title);
		assertThat(seeker.locator("#result-count")).containsText("Bridgeport");
		seeker.locator("#result-list a", new Page.LocatorOptions().setHasText(title)).click();
		assertThat(seeker.locator("h1")).hasText(title);
		seeker.locator("#apply-summary").click();
		assertAccessible(seeker);
		Path resume = Files.createTempFile("resume", ".pdf");
		Files.write(resume, "%PDF-1.4\n%%EOF\n".getBytes());
		seeker.locator("label[for$='-yes']").click();
		seeker.locator("#resume").setInputFiles(resume);
		seeker.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Send application")).click();
		assertThat(seeker.locator(".usa-alert--success")).containsText("Your application was sent");
		assertThat(seeker.locator("#applications")).containsText(title);
		assertThat(seeker.locator(".rw-stage").first()).hasText("Received");
		assertAccessible(seeker);

		// 5. The employer moves the application to interview.
		employer.navigate("/employer/postings");
		assertAccessible(employer);
		employer.locator("a", new Page.LocatorOptions().setHasText(title)).click();
		employer.locator("a", new Page.LocatorOptions().setHasText("See applicants (1)")).click();
		assertAccessible(employer);
		employer.locator("#applicants a", new Page.LocatorOptions().setHasText("Robin Seeker")).click();
		assertAccessible(employer);
		employer.locator("#stage").selectOption("INTERVIEW");
		employer.locator("#stage-panel button[type=submit]").click();
		assertThat(employer.locator("#current-stage")).hasText("Interview");
		assertAccessible(employer);

		// 6. The seeker sees it on the status board.
		seeker.navigate("/my/applications");
		assertThat(seeker.locator("#applications")).containsText(title);
		assertThat(seeker.locator(".rw-stage").first()).hasText("Interview");
		Files.deleteIfExists(resume);
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.recoveryworks.shared.mail.DevMailbox mailbox;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void errorEmptyAndEdgePagesAreAccessibleToo() {
		Page page = visitor(true);
		page.navigate("/jobs?q=zzzzqqqq");
		assertThat(page.locator("#results")).containsText("No jobs match your search");
		assertAccessible(page);
		page.navigate("/jobs?zip=Atlantis&radius=9999");
		assertThat(page.locator(".usa-alert--error")).isVisible();
		assertAccessible(page);
		page.navigate("/no-such-page");
		assertThat(page.locator("h1")).hasText("Page not found");
		assertAccessible(page);

		// A seeker: a closed posting, the apply form with errors, a page they may not open.
		int n = TestData.next();
		String email = "edge" + n + "@example.org";
		page.navigate("/register/seeker");
		page.locator("#displayName").fill("Edge Case");
		page.locator("#email").fill(email);
		page.locator("#password").fill("a long enough password");
		page.locator("button[type=submit]").click();
		finishRegistration(page, email);
		page.navigate("/jobs?q=Recovery+Support+Specialist+Trainee&zip=06702");
		page.locator("#result-list a").first().click();
		page.locator("#apply-summary").click();
		page.locator("#fullName").fill("");
		page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Send application")).click();
		assertThat(page.locator(".usa-alert--error")).containsText("Please fix the marked fields");
		assertAccessible(page);
		Long closed = jdbc.queryForObject("select min(id) from posting where status = 'CLOSED' and organization_verified = true", Long.class);
		page.navigate("/jobs/" + closed);
		assertThat(page.locator(".usa-alert--warning")).containsText("no longer taking applications");
		assertAccessible(page);
		page.navigate("/employer/postings");
		assertThat(page.locator("h1")).hasText("Not allowed");
		assertAccessible(page);
		page.navigate("/my/coaching");
		assertAccessible(page);

		// The reset form with a working link.
		Page anon = visitor(false);
		anon.navigate("/password/forgot");
		anon.locator("#email").fill(email);
		anon.locator("button[type=submit]").click();
		String body = mailbox.to(email).get(0).body();
		String link = body.substring(body.indexOf("/password/reset?token="), body.indexOf('\n', body.indexOf("/password/reset?token=")));
		anon.navigate(link.trim());
		assertThat(anon.locator("#password")).isVisible();
		assertAccessible(anon);
	}
}
