package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.recoveryworks.programs.ProgramDirectory;
import org.springframework.beans.factory.annotation.Autowired;

/** A reviewer completes an IPS fidelity review, reads its total and band, downloads its PDF and compares reviews over time. */
class FidelityReviewBrowserTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	ProgramDirectory directory;

	@Test
	void aReviewerCompletesAFidelityReviewAndDownloadsItsPdf() throws Exception {
		TestData.Program program = data.program();
		String name = "Harbor IPS Employment (test " + TestData.next() + ")";
		directory.register(new ProgramDirectory.NewListing(name, "IPS_SUPPORTED_EMPLOYMENT", List.of("JOB_SEARCH", "JOB_COACHING"),
				List.of("English"), null, null, null, null, null, null, "New London", "06320", LocalDate.now(clock), program.id()));
		Page page = visitor(false);
		signIn(page, program.supervisor().email(), TestData.PASSWORD);
		page.navigate("/programs/manage");
		page.locator("a", new Page.LocatorOptions().setHasText("IPS fidelity reviews")).click();
		assertThat(page.locator("#fidelity-due")).containsText(name);
		assertAccessible(page);
		page.locator("#fidelity-due a", new Page.LocatorOptions().setHasText("Start a review")).first().click();
		assertThat(page.locator("h1")).hasText("Fidelity review");
		assertAccessible(page);

		// Completing with nothing scored: a message per item, nothing saved.
		page.locator("#reviewers").fill("Dana Reviewer, Sam Lead");
		page.locator("main button[name=complete]").click();
		assertThat(page.locator(".usa-alert--error")).containsText("Score item 25 to complete the review, or save a draft.");
		assertAccessible(page);

		Locator scores = page.locator("select[name$='.score']");
		assertThat(scores).hasCount(25);
		for (int i = 0; i < 25; i++) {
			scores.nth(i).selectOption(i < 20 ? "5" : "3");
		}
		page.locator("textarea[name='items[0].evidence']").fill("Caseloads of 18 to 20 in the program's records.");
		page.locator("#strengths").fill("Employment specialists know local employers well.");
		page.locator("#recommendations").fill("Start benefits planning before the first job offer.");
		page.locator("[name='actions[0].action']").fill("Train specialists in work incentives planning");
		page.locator("[name='actions[0].owner']").fill("Team leader");
		page.locator("[name='actions[0].dueOn']").fill(LocalDate.now(clock).plusMonths(2).toString());
		page.locator("main button[name=complete]").click();
		assertThat(page.locator(".usa-alert--success")).containsText("The review is complete.");
		assertThat(page.locator("#fidelity-total")).containsText("Total: 115 of 125 points");
		assertThat(page.locator("#fidelity-total")).containsText("Exemplary fidelity");
		assertThat(page.locator("#fidelity-actions")).containsText("Train specialists in work incentives planning");
		assertAccessible(page);

		Download download = page.waitForDownload(() -> page.locator("a", new Page.LocatorOptions().setHasText("Download the PDF")).click());
		byte[] pdf = Files.readAllBytes(download.path());
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		assertThat(download.suggestedFilename()).startsWith("fidelity-review-");

		page.locator("a", new Page.LocatorOptions().setHasText("Reviews over time")).first().click();
		assertThat(page.locator("#fidelity-history")).containsText("115");
		assertThat(page.locator("#totals-chart")).isVisible();
		assertAccessible(page);
	}
}
