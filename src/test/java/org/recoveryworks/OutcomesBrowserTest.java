package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.Test;

/**
 * A supervisor moves a program's spreadsheets in, records a job and a follow-up, and runs the
 * reports in a real browser, with axe-core on every outcomes page.
 */
class OutcomesBrowserTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	TestData data;

	@Test
	void supervisorImportsRecordsAJobAndRunsTheQuarterlyReport() throws Exception {
		TestData.Program program = data.program();
		String coach = program.coach().email();
		int year = LocalDate.now(clock).getYear() - 1;
		Page page = visitor(false);
		signIn(page, program.supervisor().email(), TestData.PASSWORD);

		// Import: a file with a mistake is refused row by row, the corrected one goes in.
		page.navigate("/imports");
		assertAccessible(page);
		page.locator("label[for=kind-participants]").click();
		page.locator("#file").setInputFiles(new FilePayload("people.csv", "text/csv", (
				"external_id,full_name,enrolled_on,employment_status,coach_email\r\n"
				+ "B1,Blair Demo Quinn," + year + "-01-15,unemployed_looking," + coach + "\r\n"
				+ "B2,Drew Demo Lopez,someday,unemployed_looking," + coach + "\r\n").getBytes(StandardCharsets.UTF_8)));
		page.locator("main button[type=submit]").click();
		assertThat(page.locator("#import-refused")).containsText("Nothing was imported");
		assertThat(page.locator("#import-errors")).containsText("enrolled_on");
		assertAccessible(page);
		page.locator("a", new Page.LocatorOptions().setHasText("Back to imports")).click();
		page.locator("label[for=kind-participants]").click();
		page.locator("#file").setInputFiles(new FilePayload("people.csv", "text/csv", (
				"external_id,full_name,enrolled_on,employment_status,coach_email\r\n"
				+ "B1,Blair Demo Quinn," + year + "-01-15,unemployed_looking," + coach + "\r\n"
				+ "B2,Drew Demo Lopez," + year + "-02-03,unemployed_looking," + coach + "\r\n").getBytes(StandardCharsets.UTF_8)));
		page.locator("main button[type=submit]").click();
		assertThat(page.locator("#import-ready")).hasText("2 rows are ready to import.");
		assertAccessible(page);
		page.locator("#import-apply").click();
		assertThat(page.locator("#import-done")).containsText("2 rows imported");

		// Record a job for Blair.
		page.navigate("/coach");
		page.locator("a", new Page.LocatorOptions().setHasText("Blair Demo Quinn")).first().click();
		page.locator("#outcomes-link").click();
		assertAccessible(page);
		page.locator("a", new Page.LocatorOptions().setHasText("Record a job")).click();
		assertAccessible(page);
		page.locator("#jobTitle").fill("Recovery Coach");
		page.locator("#employerName").fill("Harbor Health Services");
		page.locator("label[for=behavioralHealth1]").click();
		page.locator("label[for=peerRole1]").click();
		page.locator("#hoursPerWeek").fill("25");
		page.locator("#hourlyWage").fill("21.75");
		page.locator("label[for=healthInsurance1]").click();
		page.locator("#startDate").fill(year + "-04-07");
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".usa-alert--success")).containsText("The job is recorded");
		assertThat(page.locator("#placements")).containsText("Recovery Coach");
		assertAccessible(page);
		page.locator("#follow-up-list a").first().click();
		assertAccessible(page);
		page.locator("#contactedOn").fill(year + "-10-09");
		page.locator("label[for=stillEmployed1]").click();
		page.locator("label[for=sameJob1]").click();
		page.locator("main button[type=submit]").click();
		assertThat(page.locator(".usa-alert--success")).containsText("The follow-up is saved");

		// The quarterly report: chart, table, CSV and PDF.
		page.locator("nav a", new Page.LocatorOptions().setHasText("Reports")).first().click();
		assertThat(page.locator("h1")).hasText("Program results");
		page.locator("a", new Page.LocatorOptions().setHasText("Quarterly outcomes")).click();
		page.locator("#from").fill(year + "-01-01");
		page.locator("#to").fill(year + "-12-31");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#rate-chart svg[role=img]")).isVisible();
		assertThat(page.locator("#quarterly-table tbody tr")).hasCount(4);
		assertThat(page.locator("#quarterly-table tbody tr").nth(1)).containsText("2");
		assertThat(page.locator("#quarterly-table tbody tr").nth(1)).containsText("50.0%");
		assertAccessible(page);
		Download csv = page.waitForDownload(() -> page.locator("#csv-link").click());
		String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
		assertThat(text).contains(year + " Q2," + year + "-04-01," + year + "-06-30,2,1,50.0,");
		Download pdf = page.waitForDownload(() -> page.locator("#pdf-link").click());
		assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdf.suggestedFilename()).isEqualTo("quarterly-outcomes.pdf");

		// Program results, the people behind a figure, and the activity report.
		page.locator("a", new Page.LocatorOptions().setHasText("Program results")).click();
		page.locator("#from").fill(year + "-01-01");
		page.locator("#to").fill(year + "-12-31");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#figure-PEOPLE_ASSISTED")).containsText("2");
		assertThat(page.locator("#figure-JOBS_BH_PART_TIME")).containsText("1");
		assertThat(page.locator("#placements-chart svg")).isVisible();
		assertAccessible(page);
		page.locator("#figure-JOBS_BH_PART_TIME a").click();
		assertThat(page.locator("#people")).containsText("Blair Demo Quinn");
		assertAccessible(page);
		page.navigate("/reports/activity?from=" + year + "-01-01&to=" + year + "-12-31");
		assertThat(page.locator("#activity-table")).isVisible();
		assertAccessible(page);

		// On a phone the report still reads: the chart scales, the table scrolls in its own box.
		Page phone = visitor(true);
		signIn(phone, program.supervisor().email(), TestData.PASSWORD);
		phone.navigate("/reports/quarterly?from=" + year + "-01-01&to=" + year + "-12-31");
		assertThat(phone.locator("#rate-chart svg")).isVisible();
		assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")).isTrue();
		assertThat(smallestChartText(phone)).as("the chart's smallest label, in pixels").isGreaterThanOrEqualTo(11);
		assertAccessible(phone);
		// Program results on a phone: the figures that open the people behind them are big enough to tap.
		phone.navigate("/reports/program-results?from=" + year + "-01-01&to=" + year + "-12-31");
		var link = phone.locator("#figure-JOBS_BH_PART_TIME a").boundingBox();
		assertThat(Math.min(link.width, link.height)).as("a figure's link, in pixels").isGreaterThanOrEqualTo(44);
		assertThat(smallestChartText(phone)).as("the chart's smallest label, in pixels").isGreaterThanOrEqualTo(11);
		assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")).isTrue();
		assertAccessible(phone);
	}

	/** The size, in screen pixels, of the smallest text drawn in the page's charts. */
	private static double smallestChartText(Page page) {
		return ((Number) page.evaluate("""
				() => Math.min(...[...document.querySelectorAll('svg.report-chart text')]
				  .map(t => parseFloat(t.getAttribute('font-size')) * t.ownerSVGElement.getScreenCTM().a))""")).doubleValue();
	}
}
