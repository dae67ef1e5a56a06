package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.jobs.JobBank;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finding the right job in a real browser: a seeker's "peer support" finds peer jobs by their other names, narrowing
 * to few jobs offers wider searches with counts; an administrator adds words that mean the same job.
 */
class FindingTheRightJobBrowserTest extends BrowserTest {

	@Test
	void aSeekerSearchingPeerSupportFindsPeerJobsByOtherNamesAndIsShownHowToFindMore() {
		Page page = visitor(true);
		page.navigate("/");
		page.locator("#q").fill("peer support");
		page.locator("#zip").fill("06702");
		page.locator("form[role=search] button[type=submit]").first().click();
		page.waitForURL(Pattern.compile(".*/jobs\\?.*"));
		assertThat(page.locator("#result-list")).isVisible();
		assertAccessible(page);
		// Peer jobs called something else than "peer support": recovery coaches, ambassadors, specialists.
		List<String> titles = page.locator("#result-list .usa-card__heading").allTextContents();
		assertThat(titles).anyMatch(t -> !t.toLowerCase(Locale.ROOT).contains("peer support")
				&& (t.contains("Recovery Coach") || t.contains("Ambassador") || t.contains("Recovery Support Specialist")));

		// Narrowed to part time within 5 miles: few jobs, and the ways to find more, each with its count.
		page.locator("#radius").selectOption("5");
		page.waitForURL(Pattern.compile(".*radius=5.*"));
		page.locator("details.rw-filters summary").click();
		page.locator("label[for=type-PART_TIME]").click();
		page.waitForURL(Pattern.compile(".*type=PART_TIME.*"));
		assertThat(page.locator("#find-more")).isVisible();
		assertAccessible(page);
		String found = page.locator("#result-count").textContent();
		page.locator("#find-more li a").first().click();
		page.waitForLoadState();
		assertThat(page.locator("#result-count")).not().hasText(found);
		assertAccessible(page);
	}

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Test
	void onAPhoneThePostingLeadsWithItsSummaryAndTheSeekerAppliesFromIt() {
		String title = "Recovery Ally " + Integer.toString(TestData.next(), 36).toUpperCase(Locale.ROOT);
		jobBank.post(data.employer(true).organizationId(), data.posting(title, List.of()), true);
		AccountUser seeker = data.seeker();
		Page page = visitor(true);
		signIn(page, seeker.email(), TestData.PASSWORD);
		page.navigate("/jobs?q=peer+support+ally&zip=06320");
		page.locator("#result-list a", new Page.LocatorOptions().setHasText(title)).click();
		assertThat(page.locator("h1")).hasText(title);
		// The first screen has the pay in all three units, the schedule, the place, the closing day and Apply.
		assertThat(page.locator("#summary-pay")).containsText("$20.00–$25.00 hourly");
		assertThat(page.locator("#summary-pay")).containsText("yearly");
		assertThat(page.locator("#summary-place")).hasText("New London, CT");
		int screen = page.viewportSize().height;
		for (String part : List.of("#summary-pay", "#summary-closes", "#apply-summary")) {
			var box = page.locator(part).boundingBox();
			assertThat(box.y + box.height).as("%s on the first screen", part).isLessThan(screen);
		}
		// A way back to the results, Apply again at the end, and Apply kept at the bottom of a phone's screen.
		assertThat(page.locator("#back-to-results")).hasAttribute("href", Pattern.compile("/jobs\\?.*q=peer.*"));
		assertThat(page.locator("#apply-end")).isAttached();
		// The Apply bar at the bottom of the screen shows only while no other Apply button is in view, so it covers none.
		assertThat(page.locator("#apply-sticky")).isHidden();
		page.setViewportSize(390, 500);
		page.evaluate("() => window.scrollTo(0, document.getElementById('apply-summary').getBoundingClientRect().bottom + window.scrollY + 1)");
		assertThat(page.locator("#apply-sticky")).isVisible();
		page.locator("#apply-end").scrollIntoViewIfNeeded();
		assertThat(page.locator("#apply-sticky")).isHidden();
		page.evaluate("() => window.scrollTo(0, 0)");
		page.setViewportSize(390, 844);
		assertAccessible(page);

		page.locator("#apply-summary").click();
		page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Send application")).click();
		assertThat(page.locator(".usa-alert--success")).containsText("Your application was sent");
		assertThat(page.locator("#applications")).containsText(title);
	}

	@Test
	void anAdministratorAddsWordsThatMeanTheSameJob() {
		Page admin = visitor(false);
		signIn(admin, "admin@recoveryworks.example.org", JobBankJourneyBrowserTest.DEMO_PASSWORD);
		admin.navigate("/admin/setup");
		admin.locator("#search-words-link").click();
		assertThat(admin.locator("h1")).hasText("Words that mean the same job");
		assertThat(admin.locator("#search-word-groups tbody tr").first()).containsText("peer support");
		assertAccessible(admin);

		String word = "barista" + TestData.next();
		admin.locator("#phrases").fill(word);
		admin.locator("main form button[type=submit]", new Page.LocatorOptions().setHasText("Add a group")).click();
		assertThat(admin.locator("main")).containsText("Write at least two words or phrases");
		assertAccessible(admin);
		admin.locator("#phrases").fill(word + "\ncoffee shop " + word);
		admin.locator("main form button[type=submit]", new Page.LocatorOptions().setHasText("Add a group")).click();
		assertThat(admin.locator(".usa-alert--success")).containsText("The group is added");
		assertThat(admin.locator("#search-word-groups")).containsText(word);

		admin.locator("#search-word-groups a[aria-label='Change the group of " + word + "']").click();
		assertThat(admin.locator("h1")).hasText("Change a group of words");
		assertAccessible(admin);
		admin.locator("main form button", new Page.LocatorOptions().setHasText("Remove this group")).click();
		assertThat(admin.locator(".usa-alert--success")).containsText("The group is removed");
		assertThat(admin.locator("#search-word-groups")).not().containsText(word);
	}
}
