package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.recoveryworks.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor with JavaScript turned off finds the nearest IPS program to 06702 (the demo
 * directory's Waterbury program), and an administrator keeps the entries; axe-core on each page.
 */
class ProgramFinderBrowserTest extends BrowserTest {

	@Autowired
	Accounts accounts;

	@Test
	void aVisitorWithoutJavaScriptFindsTheNearestIpsProgram() {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setJavaScriptEnabled(false));
		Page page = context.newPage();
		// axe-core runs as a script, so each page the visitor sees is checked again in a browser with scripts on.
		Page checker = visitor(false);
		page.navigate("/");
		page.locator("a", new Page.LocatorOptions().setHasText("Find a program")).first().click();
		assertThat(page.locator("h1")).hasText("Find a program near you");
		checker.navigate(page.url());
		assertAccessible(checker);
		page.locator("#where").fill("06702");
		page.locator("#kind").selectOption("IPS_SUPPORTED_EMPLOYMENT");
		page.locator("#finder-form button[type=submit]").click();
		assertThat(page.locator("#results-heading")).containsText("within 25 miles of");
		assertThat(page.locator("#program-list li").first()).containsText("Naugatuck Valley IPS Employment Services (demo)");
		assertThat(page.locator("#program-list li").first()).containsText("miles away");
		assertThat(page.locator("#program-map")).hasCount(0);
		checker.navigate(page.url());
		assertAccessible(checker);
		page.locator("#program-list li a").first().click();
		assertThat(page.locator("h1")).hasText("Naugatuck Valley IPS Employment Services (demo)");
		assertThat(page.locator("#program-details")).containsText("Spanish");
		checker.navigate(page.url());
		assertAccessible(checker);
		context.close();

		// On a phone without JavaScript the navigation is shown, since the menu button cannot open it.
		BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setJavaScriptEnabled(false).setViewportSize(390, 844).setIsMobile(true));
		Page small = phone.newPage();
		small.navigate("/");
		small.locator("nav a", new Page.LocatorOptions().setHasText("Find a program")).first().click();
		assertThat(small.locator("h1")).hasText("Find a program near you");
		phone.close();
	}

	@Test
	void anAdministratorAddsAndConfirmsEntries() {
		String email = "directory" + TestData.next() + "@example.org";
		accounts.createAdmin(email, TestData.PASSWORD, "Directory Admin");
		Page page = visitor(false);
		signIn(page, email, TestData.PASSWORD);
		page.navigate("/programs/manage");
		assertThat(page.locator("#kept-programs")).containsText("Shoreline Recovery Works (demo)");
		assertThat(page.locator("#kept-programs")).containsText("May be out of date");
		assertAccessible(page);
		page.locator("a", new Page.LocatorOptions().setHasText("Add a program")).click();
		assertAccessible(page);
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".usa-alert--error")).containsText("Enter the program's name.");
		assertAccessible(page);
		page.locator("#name").fill("Greater Bridgeport IPS (test)");
		page.locator("#kind").selectOption("IPS_SUPPORTED_EMPLOYMENT");
		page.locator("label[for=service-JOB_SEARCH]").click();
		page.locator("#languages").fill("English, Spanish");
		page.locator("#town").fill("Bridgeport");
		page.locator("#zip").fill("06604");
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".usa-alert--success")).containsText("The program is in the finder.");
		assertThat(page.locator("h1")).hasText("Greater Bridgeport IPS (test)");
	}
}
