package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * A coach records a signed consent (fixing what the form flags), discloses under it and prints
 * the document with its notice; the person sees the accounting and takes the consent back. axe-core on each page.
 */
class ConsentsBrowserTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	TestData data;

	@Test
	void aCoachDisclosesUnderAConsentAndThePersonTakesItBack() {
		int n = TestData.next();
		TestData.Program program = data.program();
		String personEmail = "consenting" + n + "@example.org";
		Page person = visitor(true);
		person.navigate("/register/seeker");
		person.locator("#displayName").fill("Robin Vale");
		person.locator("#email").fill(personEmail);
		person.locator("#password").fill("a long enough password");
		person.locator("button[type=submit]").click();
		finishRegistration(person, personEmail);

		Page coach = visitor(false);
		signIn(coach, program.coach().email(), TestData.PASSWORD);
		coach.locator("a", new Page.LocatorOptions().setHasText("Enroll a person")).click();
		coach.locator("#fullName").fill("Robin Vale");
		coach.locator("#email").fill(personEmail);
		coach.locator("#town").fill("Middletown");
		coach.locator("#employmentStatus").selectOption("UNEMPLOYED_LOOKING");
		coach.locator("label[for=benefit-SSDI]").click();
		coach.locator("#ownGoals").fill("A steady job near the bus line.");
		coach.locator("main button[type=submit]").click();
		assertThat(coach.locator(".usa-alert--success")).containsText("The person is enrolled");
		String participantUrl = coach.url();
		coach.locator("#invite-email").fill(personEmail);
		coach.locator("form[action$='/invite'] button").click();
		person.navigate("/my/coaching");
		person.locator("form[action$='/accept'] button").click();

		coach.navigate(participantUrl);
		coach.locator("#consents-link").click();
		assertThat(coach.locator("h1")).containsText("Consents and disclosures");
		assertAccessible(coach);
		coach.locator("#new-consent").click();
		assertAccessible(coach);
		coach.locator("main button[type=submit]").click();
		assertThat(coach.locator(".usa-alert--error")).isVisible();
		assertThat(coach.locator("#toldRightToRevoke-error")).containsText("Tell the person they can revoke");
		assertAccessible(coach);
		coach.locator("label[for=information-ENROLLMENT]").click();
		coach.locator("label[for=information-SESSION_ATTENDANCE]").click();
		coach.locator("#description").fill("Enrollment and coaching attendance since March");
		coach.locator("#recipientName").fill("Pat Doe, vocational rehabilitation counselor");
		coach.locator("#purpose").fill("To plan job supports together");
		coach.locator("#expiresOn").fill(LocalDate.now(clock).plusMonths(6).toString());
		coach.locator("label[for=toldRightToRevoke]").click();
		coach.locator("main button[type=submit]").click();
		assertThat(coach.locator(".usa-alert--success")).containsText("The consent is recorded");
		assertAccessible(coach);

		coach.locator("a", new Page.LocatorOptions().setHasText("Disclose under this consent")).click();
		assertAccessible(coach);
		coach.locator("label[for=information-ENROLLMENT]").click();
		coach.locator("main form button[type=submit]").click();
		assertThat(coach.locator("#redisclosure-notice")).containsText("42 CFR part 2");
		assertThat(coach.locator("main")).containsText("Name: Robin Vale");
		assertAccessible(coach);
		// The printable accounting of disclosures, for giving the person a copy.
		coach.locator("main a", new Page.LocatorOptions().setHasText("Back to consents and disclosures")).click();
		coach.locator("a", new Page.LocatorOptions().setHasText("Printable accounting of disclosures")).click();
		assertThat(coach.locator("#disclosures")).containsText("Pat Doe");
		assertAccessible(coach);

		person.navigate("/my/coaching");
		person.locator("#my-consents-link").click();
		assertThat(person.locator("#disclosures")).containsText("Pat Doe");
		assertAccessible(person);
		person.locator("form[action*='/revoke'] button").click();
		assertThat(person.locator(".usa-alert--success")).containsText("The consent is revoked");
		assertThat(person.locator(".consent .usa-tag")).containsText("Revoked on");
		assertAccessible(person);
	}
}
