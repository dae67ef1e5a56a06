package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A visitor switches to Spanish on a phone: every page they then read says lang="es" and is in
 * Spanish, and axe-core finds nothing on it; switching back gives English again.
 */
class SpanishBrowserTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Autowired
	DevMailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	/**
	 * A seeker who reads Spanish registers, finds a job, applies and follows it; the employer, who
	 * works in English, moves the application and the seeker is told in Spanish; a coach works and
	 * downloads a report in Spanish. Every page says lang="es" and passes axe-core.
	 */
	@Test
	void aSeekerAppliesInSpanishAndIsToldInSpanishAndACoachWorksInSpanish() throws Exception {
		int n = TestData.next();
		String title = "Coach de recuperación " + Integer.toString(n, 36).toUpperCase();
		String email = "buscador" + n + "@example.org";
		AccountUser employer = data.employer(true);
		jobBank.post(employer.organizationId(), data.posting(title, List.of()), true);

		Page seeker = visitor(true);
		seeker.navigate("/?lang=es");
		seeker.navigate("/register/seeker");
		assertThat(seeker.locator("html")).hasAttribute("lang", "es");
		assertAccessible(seeker);
		seeker.locator("#displayName").fill("Rosa Buscadora");
		seeker.locator("#email").fill(email);
		seeker.locator("#password").fill("una contraseña bien larga");
		seeker.locator("button[type=submit]").click();
		assertThat(seeker.locator("h1")).hasText("Revise su correo electrónico");
		assertAccessible(seeker);
		seeker.navigate(registrationLink(email));
		assertThat(seeker.locator("#finish")).hasText("Terminar registro");
		assertAccessible(seeker);
		seeker.locator("#finish").click();
		seeker.waitForLoadState();
		assertThat(seeker.locator("h1")).hasText("Mis solicitudes");
		assertAccessible(seeker);

		seeker.navigate("/jobs?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(seeker.locator("#result-list")).containsText(title);
		seeker.locator("#result-list a", new Page.LocatorOptions().setHasText(title)).click();
		assertThat(seeker.locator("h1")).hasText(title);
		assertThat(seeker.locator("html")).hasAttribute("lang", "es");
		seeker.locator("a.usa-button", new Page.LocatorOptions().setHasText("Solicitar este empleo")).first().click();
		assertThat(seeker.locator("html")).hasAttribute("lang", "es");
		assertAccessible(seeker);
		seeker.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Enviar solicitud")).click();
		assertThat(seeker.locator(".usa-alert--success")).containsText("Su solicitud fue enviada");
		assertThat(seeker.locator(".rw-stage").first()).hasText("Recibida");
		assertAccessible(seeker);

		// The employer, in English, moves it to interview: the applicant is told in Spanish.
		Long applicationId = jdbc.queryForObject("select id from job_application where email = ?", Long.class, email);
		mvc.perform(post("/employer/applications/{id}/stage", applicationId).param("stage", "INTERVIEW").with(user(employer))
			.with(csrf()).header("Accept-Language", "en-US"));
		org.assertj.core.api.Assertions.assertThat(mailbox.to(email)).extracting(DevMailbox.Message::subject)
			.contains("Novedades sobre su solicitud: " + title);
		seeker.navigate("/my/applications");
		assertThat(seeker.locator(".rw-stage").first()).hasText("Entrevista");

		// A coach works in Spanish, and a report's PDF is in Spanish.
		TestData.Program program = data.program();
		Page coach = visitor(false);
		coach.navigate("/?lang=es");
		signIn(coach, program.coach().email(), TestData.PASSWORD);
		coach.navigate("/coach");
		assertThat(coach.locator("html")).hasAttribute("lang", "es");
		assertThat(coach.locator("h1")).hasText("Mi lista de casos");
		assertAccessible(coach);
		coach.navigate("/reports/program-results");
		assertThat(coach.locator("html")).hasAttribute("lang", "es");
		assertAccessible(coach);
		APIResponse pdf = coach.request().get("/reports/program-results.pdf");
		org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
		try (var loaded = Loader.loadPDF(pdf.body())) {
			org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(loaded)).contains("Resultados del programa", "Medida");
		}
	}

	@Test
	void aVisitorSwitchesToSpanishAndReadsTheSiteInSpanish() {
		Page page = visitor(true);
		page.navigate("/");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("#language-switch")).hasText("Español");

		page.locator("#language-switch").click();
		page.waitForLoadState();
		assertThat(page.locator("html")).hasAttribute("lang", "es");
		assertThat(page.locator(".usa-skipnav")).hasText("Ir al contenido principal");
		assertThat(page.locator("#language-switch")).hasText("English");
		assertAccessible(page);

		page.navigate("/jobs?q=recovery");
		assertThat(page.locator("html")).hasAttribute("lang", "es");
		assertThat(page.locator("h1")).hasText("Buscar empleos");
		assertAccessible(page);

		page.locator(".usa-card__heading a").first().click();
		page.waitForLoadState();
		assertThat(page.locator("html")).hasAttribute("lang", "es");
		assertThat(page.locator("main")).containsText("Inicie sesión como persona que busca empleo para presentar una solicitud");
		assertThat(page.locator("main")).containsText("Número del empleo");
		assertAccessible(page);

		page.navigate("/programs");
		assertThat(page.locator("h1")).hasText("Busque un programa cerca de usted");
		assertAccessible(page);

		page.navigate("/login");
		assertThat(page.locator("h1")).hasText("Iniciar sesión");
		assertAccessible(page);

		page.locator("#language-switch").click();
		page.waitForLoadState();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Sign in");
	}
}
