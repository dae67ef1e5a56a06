package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;

/** A job seeker on a phone fills their profile: about them, a job with a mistake put right, a school; then changes a line. */
class ProfileBrowserTest extends BrowserTest {

	@Autowired
	TestData data;

	@Test
	void aSeekerFillsTheirProfileOnAPhone() {
		AccountUser seeker = data.seeker();
		Page page = visitor(true);
		signIn(page, seeker.email(), TestData.PASSWORD);
		page.locator(".usa-menu-btn").click();
		page.locator("#nav-profile").click();
		assertThat(page.locator("h1")).hasText("My profile");
		assertThat(page.locator("main")).containsText("You have not added any work yet.");
		assertAccessible(page);

		page.locator("#edit-profile").click();
		assertThat(page.locator("h1")).hasText("Change my profile");
		page.locator("#phone").fill("(203) 555-0147");
		page.locator("label[for=days1]").click();
		page.locator("label[for=days6]").click();
		page.locator("label", new Page.LocatorOptions().setHasText("Bus or train")).click();
		page.locator("#maxMiles").fill("500");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#maxMiles-error")).hasText("Please enter a number from 1 to 200.");
		assertAccessible(page);
		page.locator("#maxMiles").fill("15");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator(".usa-alert--success")).containsText("Your profile is saved.");
		assertThat(page.locator("#profile-about")).containsText("Monday, Saturday");
		assertThat(page.locator("#profile-about")).containsText("Up to 15 miles");

		page.locator("#add-work").click();
		assertThat(page.locator("h1")).hasText("Add a job");
		page.locator("#title").fill("Peer mentor");
		page.locator("#employer").fill("Friday Night Recovery Group");
		page.locator("label[for=volunteer1]").click();
		page.locator("#started").fill("2023-02");
		page.locator("#ended").fill("2022-01");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("main")).containsText("The month you stopped cannot be before the month you started.");
		assertAccessible(page);
		page.locator("#ended").fill("");
		page.locator("#duties").fill("Led a weekly group\nWelcomed new members");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator(".usa-alert--success")).containsText("The job is added to your profile.");
		assertThat(page.locator("#work-list")).containsText("Peer mentor, Friday Night Recovery Group");
		assertThat(page.locator("#work-list")).containsText("February 2023 to now");

		page.locator("#add-schooling").click();
		page.locator("#school").fill("Housatonic Community College");
		page.locator("#studied").fill("Recovery coach training");
		page.locator("#finished").fill("2024");
		assertAccessible(page);
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#schooling-list")).containsText("Housatonic Community College, Recovery coach training (2024)");
		assertAccessible(page);

		page.locator("a[aria-label='Change Peer mentor']").click();
		assertThat(page.locator("h1")).hasText("Change a job");
		assertThat(page.locator("#employer")).hasValue("Friday Night Recovery Group");
		page.locator("#title").fill("Peer group leader");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#work-list")).containsText("Peer group leader");
		page.locator("button[aria-label='Remove Housatonic Community College']").click();
		assertThat(page.locator(".usa-alert--success")).containsText("The line is removed from your profile.");
		assertThat(page.locator("main")).containsText("You have not added any schooling or training yet.");

		// A résumé from the profile: the tips, the choice, and the two files.
		page.locator("#make-resume").click();
		assertThat(page.locator("h1")).hasText("Make a résumé");
		assertThat(page.locator("main")).containsText("You do not need to explain a gap between jobs on paper.");
		assertAccessible(page);
		Download word = page.waitForDownload(() -> page.locator("#resume-docx").click());
		Assertions.assertThat(word.suggestedFilename()).isEqualTo("resume.docx");
		Download pdf = page.waitForDownload(() -> page.locator("#resume-pdf").click());
		Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("resume.pdf");

		// Texts: refused without the agreement ticked, then on, with the date.
		page.navigate("/my/profile");
		page.locator("#texts-link").click();
		assertThat(page.locator("h1")).hasText("Text messages");
		assertThat(page.locator("#phone")).hasValue("(203) 555-0147");
		assertAccessible(page);
		page.locator("label", new Page.LocatorOptions().setHasText("News about my job applications")).click();
		page.locator("#texts-save").click();
		assertThat(page.locator("main")).containsText("Please tick the box to agree to texts.");
		assertAccessible(page);
		page.locator("label[for=agree1]").click();
		page.locator("#texts-save").click();
		assertThat(page.locator(".usa-alert--success")).containsText("Your text choices are saved.");
		assertThat(page.locator("#texts-status")).containsText("We text +12035550147. You agreed on");
		page.locator("#texts-stop").click();
		assertThat(page.locator("#texts-status")).containsText("Texts stopped on");
	}
}
