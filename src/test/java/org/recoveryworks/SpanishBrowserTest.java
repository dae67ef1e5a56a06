package org.recoveryworks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * A visitor switches to Spanish on a phone: every page they then read says lang="es" and is in
 * Spanish, and axe-core finds nothing on it; switching back gives English again.
 */
class SpanishBrowserTest extends BrowserTest {

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
		assertThat(page.locator("main")).containsText("Número de convocatoria");
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
