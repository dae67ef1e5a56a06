package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A coach sequesters a colleague's record; the supervisor uses emergency access (after a refused
 * short reason); the demo privacy officer sees the real name and reviews the access. axe-core on each page.
 */
class SequesteredRecordsBrowserTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	MockMvc mvc;

	@Test
	void aSequesteredRecordAnEmergencyAccessAndItsReview() throws Exception {
		TestData.Program program = data.program();
		String name = "Morgan Colleague" + TestData.next();
		String location = mvc.perform(post("/coach/participants").param("fullName", name).param("town", "Middletown")
				.param("enrolledOn", LocalDate.now(clock).toString()).param("employmentStatus", "EMPLOYED_PART_TIME").param("benefits", "SSDI")
				.with(user(program.coach())).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();

		Page coach = visitor(true);
		signIn(coach, program.coach().email(), TestData.PASSWORD);
		coach.navigate(location);
		coach.locator("#sequester summary").click();
		coach.locator("label[for=sequester-confirm]").click();
		coach.locator("#sequester button[type=submit]").click();
		assertThat(coach.locator(".usa-alert--success")).containsText("The record is sequestered");
		assertThat(coach.locator("#sequestered-notice")).isVisible();
		assertThat(coach.locator("h1")).containsText("Person ");
		assertThat(coach.locator("main")).not().containsText(name);
		assertAccessible(coach);

		Page supervisor = visitor(false);
		signIn(supervisor, program.supervisor().email(), TestData.PASSWORD);
		supervisor.navigate(location);
		supervisor.locator("#emergency-link").click();
		assertAccessible(supervisor);
		supervisor.locator("#reason").fill("urgent");
		supervisor.locator("main button[type=submit]").click();
		assertThat(supervisor.locator("#reason-error")).containsText("20 to 1,000 characters");
		assertAccessible(supervisor);
		supervisor.locator("#reason").fill("Morgan did not come home; the family asks us to confirm the last session.");
		supervisor.locator("main button[type=submit]").click();
		assertThat(supervisor.locator("#emergency-notice")).containsText("Emergency access until");
		assertThat(supervisor.locator("main")).containsText(name);
		assertAccessible(supervisor);

		Page officer = visitor(false);
		signIn(officer, "privacy@recoveryworks.example.org", "recovery-demo-2026");
		officer.navigate("/privacy/sequestered");
		assertThat(officer.locator("#sequestered-records")).containsText(name);
		// Other tests' sequestered records may be listed too: this one's, by its name and the supervisor's reason.
		Locator review = officer.locator(".emergency-review", new Page.LocatorOptions().setHasText("the family asks us"));
		assertThat(review).hasCount(1);
		assertAccessible(officer);
		officer.locator("#sequestered-records tr", new Page.LocatorOptions().setHasText(name)).locator("a").click();
		assertThat(officer.locator("h1")).hasText(name);
		assertAccessible(officer);
		officer.goBack();
		review.locator("button").click();
		assertThat(officer.locator(".usa-alert--success")).containsText("marked reviewed");
		assertAccessible(officer);
	}
}
