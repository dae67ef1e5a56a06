package org.recoveryworks.programs;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With a tile source configured, the finder adds a map of the listed programs next to the list. */
@org.junit.jupiter.api.Tag("database")
@TestPropertySource(properties = { "recoveryworks.programs.map-tiles=https://tiles.example.org/{z}/{x}/{y}.png",
		"recoveryworks.programs.map-attribution=Map data: example tiles" })
class ProgramFinderMapIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theMapComesWithTheListWhenATileSourceIsSet() throws Exception {
		mvc.perform(get("/programs").param("where", "06702").param("radius", "25"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"program-map\"")))
			.andExpect(content().string(containsString("data-tiles=\"https://tiles.example.org/{z}/{x}/{y}.png\"")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*/js/program-map-[0-9a-f]{32}\\.js.*")))
			.andExpect(content().string(containsString("id=\"program-list\"")));
		mvc.perform(get("/js/program-map.js")).andExpect(status().isOk()).andExpect(content().string(containsString("data-tiles")));
	}
}
