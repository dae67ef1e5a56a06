package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two tabs edit the same participant: the second save shows what was typed and what is saved now,
 * side by side, keeps the typing, and saving again keeps it on purpose. axe-core on the conflict.
 */
class EditConflictBrowserTest extends BrowserTest {

	@Autowired
	TestData data;

	@Test
	void theSecondSaveShowsBothVersionsAndSavingAgainKeepsTheTypedOne() {
		TestData.Program program = data.program();
		Page first = visitor(false);
		signIn(first, program.coach().email(), TestData.PASSWORD);
		first.navigate("/coach/participants/new");
		first.locator("#fullName").fill("Dana Conflict");
		first.locator("#town").fill("Middletown");
		first.locator("#employmentStatus").selectOption("UNEMPLOYED_LOOKING");
		first.locator("label[for=benefit-SSDI]").click();
		first.locator("#ownGoals").fill("Work nights at the bakery.");
		first.locator("main button[type=submit]").click();
		String edit = first.url() + "/edit";

		Page second = first.context().newPage();
		second.navigate(edit);
		first.navigate(edit);
		first.locator("#town").fill("Meriden");
		first.locator("main button[type=submit]").click();
		assertThat(first.locator(".usa-alert--success")).isVisible();

		second.locator("#town").fill("Portland");
		second.locator("main button[type=submit]").click();
		assertThat(second.locator("#edit-conflict")).containsText("Someone else saved this record");
		assertThat(second.locator("#edit-conflict table")).containsText("Portland");
		assertThat(second.locator("#edit-conflict table")).containsText("Meriden");
		assertThat(second.locator("#town")).hasValue("Portland");
		assertAccessible(second);

		second.locator("main form button[type=submit]").click();
		assertThat(second.locator(".usa-alert--success")).isVisible();
		assertThat(second.locator("main")).containsText("Portland");
	}
}
