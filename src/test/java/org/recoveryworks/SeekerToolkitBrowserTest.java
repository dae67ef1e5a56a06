package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.jobs.JobAlerts;
import org.recoveryworks.shared.TestClock;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job seeker's toolkit, end to end: a seeker fills a profile and saves a search with a daily alert; an employer
 * posts a matching job; the next day's alert job runs (the clock moved, no waiting) and the e-mail arrives once with a
 * working unsubscribe link; the seeker applies in one screen with the profile, and the employer sees the work history.
 */
class SeekerToolkitBrowserTest extends BrowserTest {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	@Autowired
	TestData data;

	@Autowired
	JobAlerts alerts;

	@Autowired
	DevMailbox mailbox;

	@Test
	void aProfileASavedSearchAnAlertOnceAndAnApplicationInOneScreen() {
		String word = "Lantern" + Integer.toString(TestData.next(), 36);
		AccountUser seeker = data.seeker();
		AccountUser employer = data.employer(true);

		// 1. The seeker, on a phone, fills a profile.
		Page page = visitor(true);
		signIn(page, seeker.email(), TestData.PASSWORD);
		page.navigate("/my/profile/edit");
		page.locator("#phone").fill("(203) 555-0123");
		page.locator("main form button[type=submit]").click();
		page.locator("#add-work").click();
		page.locator("#title").fill("Support group co-leader");
		page.locator("#employer").fill("Friday Night Recovery Group");
		page.locator("#started").fill("2023-02");
		page.locator("#duties").fill("Led a weekly group");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#work-list")).containsText("Support group co-leader");

		// 2. A search with a daily alert.
		page.navigate("/jobs?q=" + word);
		assertThat(page.locator("#result-count")).hasText("No jobs found");
		page.locator("#save-search summary").click();
		assertThat(page.locator("#alert")).hasValue("DAILY");
		assertAccessible(page);
		page.locator("#save-search-button").click();
		assertThat(page.locator(".usa-alert--success")).containsText("We will e-mail you new jobs that match it.");
		assertThat(page.locator("#saved-searches")).containsText(word);
		assertAccessible(page);

		// 3. The employer posts a matching job with no questions.
		Page hiring = visitor(false);
		signIn(hiring, employer.email(), TestData.PASSWORD);
		hiring.navigate("/employer/postings/new");
		String title = word + " Recovery Coach";
		hiring.locator("#title").fill(title);
		hiring.locator("#recruitmentNumber").fill("LT-" + TestData.next());
		hiring.locator("#employmentType").selectOption("FULL_TIME");
		hiring.locator("#town").fill("Bridgeport");
		hiring.locator("#zip").fill("06604");
		hiring.locator("#hoursPerWeek").fill("40");
		hiring.locator("#salaryUnit").selectOption("HOURLY");
		hiring.locator("#salaryMin").fill("21.50");
		hiring.locator("#salaryMax").fill("24.00");
		hiring.locator("#duties").fill("Walk beside people in early recovery.");
		hiring.locator("#minimumQualifications").fill("Lived experience of recovery.");
		hiring.locator("#closeDate").fill(LocalDate.now(clock).plusDays(30).toString());
		hiring.locator("button[value=publish]").click();
		assertThat(hiring.locator("#posting-state")).hasText("Open");

		// 4. The next morning the alert job runs, on two nodes' worth of schedulers: one e-mail.
		TestClock.advance(clock, Duration.ofDays(1));
		alerts.sendDue();
		alerts.sendDue();
		List<DevMailbox.Message> mail = mailbox.to(seeker.email()).stream().filter(m -> m.subject().contains(word)).toList();
		Assertions.assertThat(mail).hasSize(1);
		Assertions.assertThat(mail.get(0).subject()).isEqualTo("1 new job for \"" + word + "\"");
		List<String> links = LINK.matcher(mail.get(0).body()).results().map(r -> r.group()).toList();
		String job = links.stream().filter(l -> l.matches(".*/jobs/[0-9]+")).findFirst().orElseThrow();
		String unsubscribe = links.stream().filter(l -> l.contains("/alerts/unsubscribe")).findFirst().orElseThrow();

		// 5. From the mail to the job, and an application in one screen, sent with the profile.
		page.navigate(job.substring(job.indexOf("/jobs/")));
		assertThat(page.locator("h1")).hasText(title);
		page.locator("#apply-summary").click();
		assertThat(page.locator("#phone")).hasValue("(203) 555-0123");
		assertThat(page.locator("#from-profile input[name=work]")).isChecked();
		assertThat(page.locator("#from-profile")).containsText("Support group co-leader, Friday Night Recovery Group");
		assertAccessible(page);
		page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Send application")).click();
		assertThat(page.locator(".usa-alert--success")).containsText("Your application was sent");

		// 6. The employer sees the work history on the application.
		hiring.navigate(hiring.url().replaceAll("[?#].*$", "") + "/applications");
		hiring.locator("table a", new Page.LocatorOptions().setHasText(seeker.displayName())).click();
		assertThat(hiring.locator("#background-work")).containsText("Support group co-leader, Friday Night Recovery Group");
		assertThat(hiring.locator("#background-work")).containsText("Led a weekly group");
		assertAccessible(hiring);

		// 7. The mail's unsubscribe link works without a sign-in.
		Page anyone = visitor(true);
		anyone.navigate(unsubscribe.substring(unsubscribe.indexOf("/alerts/")));
		assertThat(anyone.locator("main")).containsText("Stop the e-mails with new jobs for \"" + word + "\"?");
		assertAccessible(anyone);
		anyone.locator("#unsubscribe").click();
		assertThat(anyone.locator("#unsubscribed")).containsText("You will not get more e-mails for \"" + word + "\"");
		assertAccessible(anyone);
		page.navigate("/my/saved");
		assertThat(page.locator("#saved-searches select")).hasValue("NONE");

		// The administrator's text outbox (no SMS provider here), reached from the Administration menu.
		Page admin = visitor(false);
		signIn(admin, "admin@recoveryworks.example.org", JobBankJourneyBrowserTest.DEMO_PASSWORD);
		admin.navigate("/admin/texts");
		assertThat(admin.locator("h1")).hasText("Text outbox");
		assertAccessible(admin);
	}
}
