package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;

/** A job seeker on a phone downloads their data, then closes their account (after a wrong password). axe-core on each page. */
class MyDataBrowserTest extends BrowserTest {

	@Autowired
	TestData data;

	@Test
	void aSeekerDownloadsTheirDataAndClosesTheirAccount() {
		AccountUser seeker = data.seeker();
		Page page = visitor(true);
		signIn(page, seeker.email(), TestData.PASSWORD);
		page.navigate("/my/data");
		assertThat(page.locator("h1")).hasText("Your data");
		assertAccessible(page);
		Download json = page.waitForDownload(() -> page.locator("#download-json").click());
		org.assertj.core.api.Assertions.assertThat(json.suggestedFilename()).isEqualTo("recoveryworks-my-data.json");

		page.locator("#password").fill("not my password");
		page.locator("label[for=confirm]").click();
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#password-error")).containsText("That is not your password.");
		assertAccessible(page);

		page.locator("#password").fill(TestData.PASSWORD);
		page.locator("label[for=confirm]").click();
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator(".usa-alert--success")).containsText("Your account is closed");
		assertAccessible(page);
	}
}
