package org.recoveryworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

class LanguagesIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Dates dates;

	@AfterEach
	void noLanguageLeftBehind() {
		LocaleContextHolder.resetLocaleContext();
	}

	private Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	@Test
	void aBrowserThatAsksForSpanishReadsSpanishAndTheSwitchOffersEnglish() throws Exception {
		Document home = page(mvc.perform(get("/").header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"))
			.andExpect(status().isOk()).andReturn());

		assertThat(home.select("html").attr("lang")).isEqualTo("es");
		assertThat(home.select(".usa-skipnav").text()).isEqualTo("Ir al contenido principal");
		assertThat(home.select("#language-switch").text()).isEqualTo("English");
		assertThat(home.select("#language-switch").attr("lang")).isEqualTo("en");
	}

	@Test
	void errorPagesAndProblemDetailsSpeakTheAskedLanguage() throws Exception {
		Document missing = page(mvc.perform(get("/no-such-page").header("Accept-Language", "es-US,es")).andExpect(status().isNotFound())
			.andReturn());
		assertThat(missing.select("html").attr("lang")).isEqualTo("es");
		assertThat(missing.select("h1").text()).isEqualTo("No se encontró la página");

		String problem = mvc.perform(get("/api/v1/jobs/999999999").header("Accept-Language", "es-US,es").header("Accept", "application/json"))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(problem).contains("\"title\":\"No se encontró\"").contains("Ese registro no existe");
		String invalid = mvc.perform(get("/api/v1/jobs").param("radius", "not-a-number").header("Accept-Language", "es-US,es")
				.header("Accept", "application/json"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(invalid).contains("\"title\":\"Petición no válida\"");
	}

	@Test
	void aLanguageTheSiteDoesNotHaveGivesEnglishNotAPageThatClaimsAnother() throws Exception {
		Document home = page(mvc.perform(get("/").header("Accept-Language", "fr-FR,fr;q=0.9,de;q=0.8")).andReturn());

		assertThat(home.select("html").attr("lang")).isEqualTo("en");
		assertThat(home.select(".usa-skipnav").text()).isEqualTo("Skip to main content");
		assertThat(home.select("#language-switch").text()).isEqualTo("Español");
		assertThat(home.select("#language-switch").attr("lang")).isEqualTo("es");
	}

	@Test
	void theSwitchIsRememberedOverTheBrowsersLanguageAndKeepsTheSearch() throws Exception {
		MvcResult switched = mvc.perform(get("/programs").param("lang", "es").header("Accept-Language", "en-US")).andReturn();
		Cookie remembered = switched.getResponse().getCookie("lang");
		assertThat(remembered).isNotNull();
		assertThat(remembered.getValue()).isEqualTo("es");
		assertThat(remembered.isHttpOnly()).isTrue();
		assertThat(page(switched).select("html").attr("lang")).isEqualTo("es");

		Document next = page(mvc.perform(get("/jobs?q={q}", "peer support").header("Accept-Language", "en-US").cookie(remembered))
			.andReturn());
		assertThat(next.select("html").attr("lang")).isEqualTo("es");
		assertThat(next.select("#language-switch").attr("href")).isEqualTo("/jobs?q=peer%20support&lang=en");

		Document back = page(mvc.perform(get("/").param("lang", "en").cookie(remembered)).andReturn());
		assertThat(back.select("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void aCookieOrSwitchForALanguageTheSiteDoesNotHaveIsIgnored() throws Exception {
		MvcResult result = mvc.perform(get("/").param("lang", "xx").cookie(new Cookie("lang", "fr")).header("Accept-Language", "es"))
			.andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getCookie("lang")).isNull();
		assertThat(page(result).select("html").attr("lang")).isEqualTo("es");
	}

	@Test
	void datesReadAsEachLanguageWritesThem() {
		LocalDate christmas = LocalDate.of(2026, 12, 25);

		LocaleContextHolder.setLocale(Languages.SPANISH);
		assertThat(dates.day(christmas)).isEqualTo("25 de diciembre de 2026");
		LocaleContextHolder.setLocale(Languages.ENGLISH);
		assertThat(dates.day(christmas)).isEqualTo("December 25, 2026");
	}
}
