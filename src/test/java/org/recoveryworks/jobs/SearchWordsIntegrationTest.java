package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator keeps the words that mean the same job; searches use a change at once. */
class SearchWordsIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorAddsChangesAndRemovesAGroupAndSearchesFollow() throws Exception {
		AccountUser admin = TestData.admin();
		// The list shows the groups every program starts with.
		String list = mvc.perform(get("/admin/search-words").with(user(admin))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(list).select("#search-word-groups tbody tr").eachText())
			.anyMatch(row -> row.contains("peer support") && row.contains("recovery coach") && row.endsWith("Yes Change"));

		// A job only its own word finds, and a word for it that no posting uses.
		String word = "zorbul" + TestData.next();
		String synonym = "quillet" + TestData.next();
		jobBank.post(data.employer(true).organizationId(), data.posting("Lead " + word + " Technician", List.of()), true);
		assertThat(search(synonym)).isZero();

		// Refused, with the reason by the field: one phrase alone, then a phrase with markup.
		mvc.perform(post("/admin/search-words").param("phrases", synonym).with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write at least two words or phrases")));
		mvc.perform(post("/admin/search-words").param("phrases", synonym + "\n<script>").with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("with letters, numbers and spaces")));
		assertThat(jdbc.queryForObject("select count(*) from search_synonym_group where phrases like ?", Integer.class, "%" + synonym + "%"))
			.isZero();

		mvc.perform(post("/admin/search-words").param("phrases", synonym + "\n" + word + " technician, " + word).with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/search-words")).andExpect(flash().attribute("flashKey", "searchWords.added"));
		Long id = jdbc.queryForObject("select id from search_synonym_group where phrases like ?", Long.class, "%" + synonym + "%");
		assertThat(search(synonym)).as("the new word finds the job at once").isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'search synonyms' and record_id = ?"
				+ " and action = 'CREATE'", Integer.class, id)).isEqualTo(1);

		// A change made from an older copy is shown side by side, not saved over the newer one.
		long version = jdbc.queryForObject("select version from search_synonym_group where id = ?", Long.class, id);
		mvc.perform(post("/admin/search-words/{id}", id).param("version", String.valueOf(version))
				.param("phrases", synonym + "\n" + word).with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "searchWords.saved"));
		mvc.perform(post("/admin/search-words/{id}", id).param("version", String.valueOf(version))
				.param("phrases", synonym + "\nsomething else").with(user(admin)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"edit-conflict\"")));
		assertThat(jdbc.queryForObject("select phrases from search_synonym_group where id = ?", String.class, id)).isEqualTo(synonym + ", " + word);

		// Only administrators keep the words.
		for (AccountUser other : List.of(data.seeker(), data.employer(true), data.program().supervisor())) {
			mvc.perform(get("/admin/search-words").with(user(other))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/search-words/{id}/delete", id).with(user(other)).with(csrf())).andExpect(status().isForbidden());
		}

		mvc.perform(post("/admin/search-words/{id}/delete", id).with(user(admin)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "searchWords.removed"));
		assertThat(search(synonym)).as("removed, the word finds nothing again").isZero();
		mvc.perform(post("/admin/search-words/{id}/delete", id).with(user(admin)).with(csrf())).andExpect(status().isNotFound());
	}

	private long search(String words) {
		JobQuery query = new JobQuery();
		query.setQ(words);
		return jobBank.search(query).total();
	}
}
