package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.accounts.Totp;
import org.springframework.beans.factory.annotation.Autowired;

/** A new coach's first sign-in sets up the authenticator app; the next one asks for a code. axe-core on each page. */
class TwoStepSignInBrowserTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Test
	void aNewCoachSetsUpTwoStepSignInOnAPhoneThenSignsInWithACode() {
		TestData.Program program = data.program();
		String email = "first.day" + TestData.next() + "@example.org";
		accounts.createStaff(email, TestData.PASSWORD, "First Day Coach", Role.COACH, program.id());
		Page page = visitor(true);
		page.navigate("/login");
		page.locator("#username").fill(email);
		page.locator("#password").fill(TestData.PASSWORD);
		page.locator("form.usa-form button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Set up two-step sign-in");
		assertAccessible(page);
		String key = page.locator("#two-step-key").textContent().replace(" ", "");

		page.locator("#code").fill("111");
		page.locator("form.usa-form button[type=submit]").click();
		assertThat(page.locator("#code-error")).containsText("not right");
		assertAccessible(page);

		page.locator("#code").fill(Totp.code(key, Totp.step(Instant.now(clock))));
		page.locator("form.usa-form button[type=submit]").click();
		assertThat(page.locator(".usa-alert--success")).containsText("Two-step sign-in is on");
		assertThat(page.locator("#recovery-codes li")).hasCount(10);
		assertAccessible(page);
		page.locator("main a.usa-button").click();
		assertThat(page.locator("h1")).containsText("caseload");

		// Back another day, on a laptop: now a code is asked for.
		page = visitor(false);
		page.navigate("/login");
		page.locator("#username").fill(email);
		page.locator("#password").fill(TestData.PASSWORD);
		page.locator("form.usa-form button[type=submit]").click();
		assertThat(page.locator("h1")).hasText("Second step: your code");
		assertAccessible(page);
		page.locator("#code").fill(Totp.code(key, Totp.step(Instant.now(clock)) + 1));
		page.locator("form.usa-form button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("caseload");
	}
}
