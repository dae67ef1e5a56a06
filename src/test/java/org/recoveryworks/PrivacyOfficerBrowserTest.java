package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/** The demo privacy officer searches the audit trail, checks its chain and saves a checkpoint; axe-core on the page in each state. */
class PrivacyOfficerBrowserTest extends BrowserTest {

	@Test
	void thePrivacyOfficerSearchesTheAuditTrailChecksTheChainAndSavesACheckpoint() {
		Page page = visitor(true);
		signIn(page, "privacy@recoveryworks.example.org", "recovery-demo-2026");
		assertThat(page.locator("h1")).hasText("Audit trail");
		assertThat(page.locator("#audit-entries")).containsText("Signed in");
		assertAccessible(page);
		page.locator("#action").selectOption("SIGN_IN");
		page.locator("main form[method=get] button[type=submit]").click();
		assertThat(page.locator("#audit-entries")).containsText("Signed in");
		assertAccessible(page);
		page.locator("#participant").fill("abc");
		page.locator("main form[method=get] button[type=submit]").click();
		assertThat(page.locator(".usa-alert--error")).containsText("Please enter a whole number.");
		assertAccessible(page);
		page.locator("#verify-chain").click();
		assertThat(page.locator(".usa-alert--success")).containsText("Audit trail intact");
		assertAccessible(page);
		page.locator("#save-checkpoint").click();
		assertThat(page.locator(".usa-alert--success")).containsText("Checkpoint saved");
		assertAccessible(page);
		page.locator("#verify-chain").click();
		assertThat(page.locator(".usa-alert--success")).containsText("It matches the checkpoint of");
	}
}
