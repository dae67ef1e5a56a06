package org.recoveryworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What browsers and search engines get: a description and an icon on every page, public pages a browser may keep for
 * back and forward, private and signed-in pages it may not, and static files kept a year under addresses that change
 * with their content.
 */
class PublicPagesIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachPublicPageDescribesItselfAndMayBeKeptForBackAndForward() throws Exception {
		Long posting = jdbc.queryForObject("select min(p.id) from posting p where p.status = 'PUBLISHED' and p.title = 'Peer Bridger'", Long.class);
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (String page : List.of("/", "/jobs", "/jobs/" + posting, "/programs", "/login", "/statistics")) {
			MvcResult result = mvc.perform(get(page)).andExpect(status().isOk()).andReturn();
			assertThat(result.getResponse().getHeader("Cache-Control")).as(page).isEqualTo("no-cache");
			Document html = Jsoup.parse(result.getResponse().getContentAsString());
			descriptions.put(page, html.select("meta[name=description]").attr("content"));
			assertThat(html.select("link[rel=icon]").eachAttr("href")).as(page).anyMatch(href -> href.matches("/favicon-[0-9a-f]{32}\\.svg"));
		}
		assertThat(descriptions.values()).as("a description of its own on each public page").doesNotContain("").doesNotHaveDuplicates();
		assertThat(descriptions.get("/jobs/" + posting)).startsWith("Peer Bridger at ").contains(" in ");
		assertThat(Jsoup.parse(mvc.perform(get("/").header("Accept-Language", "es-US")).andReturn().getResponse().getContentAsString())
			.select("meta[name=description]").attr("content")).startsWith("Encuentre un empleo");
	}

	@Test
	void signedInAndPrivatePagesAreNotKept() throws Exception {
		assertThat(mvc.perform(get("/").with(user(data.seeker()))).andReturn().getResponse().getHeader("Cache-Control"))
			.contains("no-store");
		assertThat(mvc.perform(get("/coach").with(user(data.program().coach()))).andReturn().getResponse().getHeader("Cache-Control"))
			.contains("no-store");
		assertThat(mvc.perform(get("/password/forgot")).andReturn().getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(mvc.perform(get("/register")).andReturn().getResponse().getHeader("Cache-Control")).contains("no-store");
		// Every page has the site's description and icon, signed in or not.
		Document coach = Jsoup.parse(mvc.perform(get("/coach").with(user(data.program().coach()))).andReturn().getResponse().getContentAsString());
		assertThat(coach.select("meta[name=description]").attr("content")).startsWith("RecoveryWorks: jobs, coaching");
	}

	@Test
	void staticFilesAreKeptAYearUnderAddressesThatChangeWithThem() throws Exception {
		Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		String css = home.select("link[rel=stylesheet]").eachAttr("href").stream().filter(h -> h.startsWith("/css/app")).findFirst().orElseThrow();
		assertThat(css).matches("/css/app-[0-9a-f]{32}\\.css");
		MvcResult file = mvc.perform(get(css)).andExpect(status().isOk()).andReturn();
		assertThat(file.getResponse().getHeader("Cache-Control")).contains("max-age=31536000").contains("public");
		// The links inside the style sheets are versioned too (USWDS's fonts and images).
		String uswds = home.select("link[rel=stylesheet]").eachAttr("href").stream().filter(h -> h.startsWith("/uswds/")).findFirst().orElseThrow();
		String sheet = mvc.perform(get(uswds)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(sheet).containsPattern("sourcesanspro-regular-webfont-[0-9a-f]{32}\\.woff2");
		mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
	}
}
