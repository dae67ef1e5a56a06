package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.Test;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.jobs.PostingSaved;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A trainee tracks the Connecticut credential, logs training hours with a certificate and sees
 * progress; their supervisor verifies; an employer asks a candidate for a verified summary and
 * sees it on the application. axe-core on every credentials page type.
 */
class CredentialsBrowserTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Test
	void aTraineeLogsHoursAndSeesProgressOnceTheirSupervisorVerifies() {
		TestData.Program program = data.program();
		AccountUser trainee = program.coach();
		Page page = visitor(true);
		signIn(page, trainee.email(), TestData.PASSWORD);
		page.navigate("/credentials");
		assertThat(page.locator("h1")).hasText("My credentials");
		assertAccessible(page);
		page.locator("#typeId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Recovery Support Specialist (Connecticut)"));
		page.locator("#traineeSince").fill(LocalDate.now(clock).minusMonths(2).toString());
		page.locator("main form[action='/credentials'] button[type=submit]").click();
		assertThat(page.locator(".usa-alert--success")).containsText("The credential is on your list.");
		assertThat(page.locator("#requirements")).containsText("Training");
		assertAccessible(page);

		// Nothing filled in: field-by-field messages, on an accessible page.
		page.locator("#kind").selectOption("TRAINING");
		page.locator("#description").fill("");
		page.locator("main form[enctype] button[type=submit]").click();
		assertThat(page.locator(".usa-alert--error")).containsText("Enter the hours.");
		assertThat(page.locator(".usa-alert--error")).containsText("Describe the entry.");
		assertAccessible(page);

		page.locator("#kind").selectOption("TRAINING");
		page.locator("#hours").fill("20");
		page.locator("#doneOn").fill(LocalDate.now(clock).minusDays(3).toString());
		page.locator("#description").fill("Recovery Support Specialist course, week 1");
		page.locator("#certificate").setInputFiles(new FilePayload("week1.pdf", "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes()));
		page.locator("main form[enctype] button[type=submit]").click();
		assertThat(page.locator(".usa-alert--success")).containsText("It counts once a supervisor verifies it.");
		assertThat(page.locator("#entries")).containsText("Waiting for verification");
		assertThat(page.locator("#missing")).containsText("Training: 80 more verified hours");

		Page supervisor = visitor(false);
		signIn(supervisor, program.supervisor().email(), TestData.PASSWORD);
		supervisor.navigate("/credentials/verify");
		assertThat(supervisor.locator("main")).containsText("Recovery Support Specialist course, week 1");
		assertAccessible(supervisor);
		supervisor.locator("main form:has(input[name=decision][value=verify]) button").first().click();
		assertThat(supervisor.locator(".usa-alert--success")).containsText("The entry is verified.");
		assertAccessible(supervisor);

		page.reload();
		assertThat(page.locator("#missing")).containsText("Training: 60 more verified hours");
		assertThat(page.locator("#entries")).containsText("Verified");
		assertThat(page.locator("main")).containsText("a trainee can move up to specialist");
		assertAccessible(page);

		// The credential types page and form, as the supervisor sees them.
		supervisor.navigate("/credentials/types");
		assertThat(supervisor.locator("#credential-types")).containsText("Certified Recovery Support Specialist (Illinois)");
		assertAccessible(supervisor);
		supervisor.locator("a", new Page.LocatorOptions().setHasText("Add a credential")).click();
		supervisor.locator("main button[type=submit]").click();
		assertThat(supervisor.locator(".usa-alert--error")).containsText("Enter a code.");
		assertAccessible(supervisor);
	}

	@Test
	void anEmployerSeesTheSummaryTheCandidateChoseToShare() {
		AccountUser employer = data.employer(true);
		AccountUser seeker = data.seeker();
		PostingSaved posting = jobBank.post(employer.organizationId(), data.posting("Recovery Support Specialist", List.of()), true);

		Page candidate = visitor(false);
		signIn(candidate, seeker.email(), TestData.PASSWORD);
		candidate.navigate("/jobs/" + posting.id() + "/apply");
		candidate.locator("#fullName").fill("Sam Candidate");
		candidate.locator("main form button[type=submit]").last().click();
		candidate.navigate("/credentials");
		// A Connecticut site offers Connecticut's credential.
		assertThat(candidate.locator("#typeId")).not().containsText("Illinois");
		candidate.locator("#typeId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Recovery Support Specialist (Connecticut)"));
		candidate.locator("main form[action='/credentials'] button[type=submit]").click();
		assertThat(candidate.locator("h1")).hasText("Recovery Support Specialist (Connecticut)");

		Page hiring = visitor(false);
		signIn(hiring, employer.email(), TestData.PASSWORD);
		hiring.navigate("/employer/postings/" + posting.id() + "/applications");
		hiring.locator("main a", new Page.LocatorOptions().setHasText("Sam Candidate")).first().click();
		assertThat(hiring.locator("#credential-summary")).containsText("Ask for a credential summary");
		assertAccessible(hiring);
		hiring.locator("#credential-summary button[type=submit]").click();
		assertThat(hiring.locator(".usa-alert--success")).containsText("The candidate is asked by e-mail.");
		assertThat(hiring.locator("#credential-summary")).containsText("The candidate has not answered yet.");

		candidate.navigate("/credentials");
		assertThat(candidate.locator("#requests")).containsText("Recovery Support Specialist");
		assertAccessible(candidate);
		candidate.locator("#requests label.usa-checkbox__label").first().click();
		candidate.locator("#requests button", new Page.LocatorOptions().setHasText("Share what I chose")).click();
		assertThat(candidate.locator(".usa-alert--success")).containsText("Your summary is shared with the employer.");

		hiring.reload();
		assertThat(hiring.locator("#credential-summary")).containsText("Recovery Support Specialist (Connecticut)");
		assertThat(hiring.locator("#credential-summary")).containsText("Training: 0 of 80 hours verified");
		assertAccessible(hiring);
		hiring.navigate(hiring.url().replace("/employer/applications/", "/credentials/applications/"));
		assertThat(hiring.locator("h1")).containsText("Credential summary");
		assertAccessible(hiring);
	}
}
