package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * A coach's day in a real browser, with axe-core on every coaching page: enroll a person, write
 * the plan with them, the person links their account and agrees to the plan, schedule a session
 * and document it, find jobs together, pair with a peer mentor, record support group attendance,
 * register the person for a training and mark it completed, and the supervisor sees the program.
 */
class CoachDayBrowserTest extends BrowserTest {

	@Test
	void coachEnrollsPlansWithThePersonAndDocumentsASession() {
		int n = TestData.next();
		TestData.Program program = data.program();
		String personEmail = "person" + n + "@example.org";

		// The person already has a job seeker account.
		Page person = visitor(true);
		person.navigate("/register/seeker");
		person.locator("#displayName").fill("Taylor Brooks");
		person.locator("#email").fill(personEmail);
		person.locator("#password").fill("a long enough password");
		person.locator("button[type=submit]").click();
		finishRegistration(person, personEmail);

		Page coach = visitor(false);
		signIn(coach, program.coach().email(), TestData.PASSWORD);
		assertThat(coach.locator("h1")).hasText("My caseload");
		assertAccessible(coach);

		// Enroll.
		coach.locator("a", new Page.LocatorOptions().setHasText("Enroll a person")).click();
		assertAccessible(coach);
		coach.locator("#fullName").fill("Taylor Brooks");
		coach.locator("#preferredName").fill("Tay");
		coach.locator("#email").fill(personEmail);
		coach.locator("#town").fill("Middletown");
		coach.locator("#employmentStatus").selectOption("UNEMPLOYED_LOOKING");
		coach.locator("label[for=benefit-SSDI]").click();
		coach.locator("#ownGoals").fill("Work part time helping people, and keep my SSDI safe.");
		coach.locator("main button[type=submit]").click();
		assertThat(coach.locator(".usa-alert--success")).containsText("The person is enrolled");
		assertThat(coach.locator("h1")).hasText("Tay");
		assertAccessible(coach);

		// Write the plan together.
		coach.locator("a", new Page.LocatorOptions().setHasText("Open the plan")).click();
		assertAccessible(coach);
		coach.locator("a.usa-button", new Page.LocatorOptions().setHasText("Write the plan together")).click();
		assertAccessible(coach);
		coach.locator("#employmentGoal").fill("A part-time peer support job, about 20 hours a week.");
		coach.locator("#wellnessGoal").fill("Keep going to my Tuesday group.");
		coach.locator("#strengths").fill("I listen well and I know the bus routes.");
		coach.locator("#preferredWork").fill("peer support");
		coach.locator("#preferredHours").fill("20");
		coach.locator("#preferredPlace").fill("Bridgeport");
		coach.locator("[id='steps0.what']").fill("Finish the recovery coach training");
		coach.locator("[id='steps0.who']").fill("Tay");
		coach.locator("[id='steps0.byWhen']").fill(LocalDate.now(clock).plusDays(5).toString());
		coach.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Save as a new version")).click();
		assertThat(coach.locator("#current-version")).hasText("Version 1");
		assertThat(coach.locator("#agreement")).hasText("Waiting for the person's agreement");

		// Invite the person to link their account.
		coach.navigate(coach.url().replace("/plan", ""));
		coach.locator("#invite-email").fill(personEmail);
		coach.locator("button", new Page.LocatorOptions().setHasText("Invite")).click();
		assertThat(coach.locator(".usa-alert--success")).containsText("invitation");

		// The person accepts, reads and agrees to the plan.
		person.navigate("/my/coaching");
		assertAccessible(person);
		person.locator("button", new Page.LocatorOptions().setHasText("Agree and link my account")).click();
		assertThat(person.locator("#current-version")).hasText("Version 1");
		assertAccessible(person);
		person.locator("button", new Page.LocatorOptions().setHasText("I agree to this plan")).click();
		assertThat(person.locator("#agreement")).containsText("Agreed by the person");

		// The coach changes the plan; the versions can be compared and printed.
		coach.reload();
		coach.locator("a", new Page.LocatorOptions().setHasText("Open the plan")).click();
		coach.locator("a.usa-button", new Page.LocatorOptions().setHasText("Change the plan")).click();
		coach.locator("#employmentGoal").fill("A part-time peer support job in Middletown, about 20 hours a week.");
		coach.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Save as a new version")).click();
		assertThat(coach.locator("#current-version")).hasText("Version 2");
		coach.locator("a", new Page.LocatorOptions().setHasText("Compare with the version before")).click();
		assertThat(coach.locator("#changes")).containsText("in Middletown");
		assertAccessible(coach);
		coach.goBack();
		coach.locator("a", new Page.LocatorOptions().setHasText("Print or save as PDF")).click();
		assertThat(coach.locator("h1")).hasText("Person-centered employment action plan");
		assertAccessible(coach);

		// Schedule a session, then document it.
		coach.goBack();
		coach.navigate(coach.url().replace("/plan", ""));
		coach.locator("a", new Page.LocatorOptions().setHasText("Schedule a session")).click();
		assertAccessible(coach);
		coach.locator("#date").fill(LocalDate.now(clock).toString());
		coach.locator("#time").fill("09:30");
		coach.locator("#kind").selectOption("JOB_SEARCH");
		coach.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Schedule")).click();
		assertThat(coach.locator(".usa-alert--success")).containsText("The session is scheduled");
		assertAccessible(coach);
		coach.locator("#topics").fill("Résumé, peer support openings");
		coach.locator("label[for=goal-employment]").click();
		coach.locator("#note").fill("Tay chose two peer support postings to apply to.");
		coach.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Save documentation")).click();
		assertThat(coach.locator("#session-status")).containsText("Documented");

		// Find matching jobs together and save one to the plan.
		coach.navigate(coach.url().replaceAll("/coach/sessions/.*", "/coach"));
		coach.locator("#caseload a", new Page.LocatorOptions().setHasText("Tay")).click();
		coach.locator("a", new Page.LocatorOptions().setHasText("Find matching jobs")).click();
		assertThat(coach.locator("#matches")).containsText("Peer");
		assertAccessible(coach);
		coach.locator("#matches button").first().click();
		assertThat(coach.locator("#saved-jobs li")).hasCount(1);

		// Add a peer mentor and pair the person with them.
		coach.navigate("/coach/mentors");
		assertAccessible(coach);
		coach.locator("#name").fill("Sam Ortiz");
		coach.locator("#work").fill("Peer specialist at a clinic");
		coach.locator("main button[type=submit]").click();
		assertThat(coach.locator("#mentors")).containsText("Sam Ortiz");
		coach.locator("a", new Page.LocatorOptions().setHasText("Caseload")).first().click();
		coach.locator("#caseload a", new Page.LocatorOptions().setHasText("Tay")).click();
		coach.locator("button", new Page.LocatorOptions().setHasText("Pair")).click();
		assertThat(coach.locator("#mentoring ~ div").first()).containsText("Paired with Sam Ortiz");
		assertAccessible(coach);

		// Record attendance at the program's support group.
		coach.navigate("/coach/groups");
		assertAccessible(coach);
		coach.locator("#name").fill("Working Tuesdays");
		coach.locator("#schedule").fill("Tuesdays, 6 pm");
		coach.locator("main button[type=submit]").click();
		assertThat(coach.locator("h1")).hasText("Working Tuesdays");
		coach.locator("#theme").fill("Keeping a job in the first month");
		coach.locator("label", new Page.LocatorOptions().setHasText("Tay")).click();
		coach.locator("main button[type=submit]").click();
		assertThat(coach.locator("#meetings")).containsText("1 attended");
		assertAccessible(coach);

		// Register the person for a training and mark it completed.
		coach.navigate("/coach/trainings");
		assertAccessible(coach);
		coach.locator("#curriculum-name").fill("Employment curriculum");
		coach.locator("#curriculum-modules").fill("Why work?\nBenefits and work\nFinding a job\nDisclosure\nInterviewing\nKeeping a job\nCareer growth");
		coach.locator("button", new Page.LocatorOptions().setHasText("Add curriculum")).click();
		coach.locator("#title").fill("Benefits and work");
		coach.locator("#hours").fill("2.5");
		coach.locator("#moduleId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Benefits and work"));
		coach.locator("button", new Page.LocatorOptions().setHasText("Add training")).click();
		assertThat(coach.locator("h1")).hasText("Benefits and work");
		coach.locator("button", new Page.LocatorOptions().setHasText("Register").setHasNotText("someone")).first().click();
		assertThat(coach.locator("#registrations")).containsText("Tay");
		coach.locator("#registrations label", new Page.LocatorOptions().setHasText("Completed")).click();
		coach.locator("#registrations button").click();
		assertThat(coach.locator("#registrations a")).containsText("Certificate (PDF)");
		assertAccessible(coach);

		// Record a consultation with an employer.
		coach.navigate("/coach/consultations");
		assertAccessible(coach);
		coach.locator("#employerName").fill("Shoreline Health");
		coach.locator("label[for=topic-ACCOMMODATIONS]").click();
		coach.locator("#agreed").fill("Write an accommodation request procedure.");
		coach.locator("main button[type=submit]").last().click();
		assertThat(coach.locator(".consultation").first()).containsText("Shoreline Health");
		assertAccessible(coach);

		// The supervisor sees the program's caseload.
		Page supervisor = visitor(false);
		signIn(supervisor, program.supervisor().email(), TestData.PASSWORD);
		assertThat(supervisor.locator("#caseload")).containsText("Tay");
		assertAccessible(supervisor);
	}

	@org.springframework.beans.factory.annotation.Autowired
	TestData data;
}
