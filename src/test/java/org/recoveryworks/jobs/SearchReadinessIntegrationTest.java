package org.recoveryworks.jobs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Ready means ready: while the search index is built, readiness is down and searches say so, never "no jobs". */
class SearchReadinessIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchIndexStartup index;

	@Test
	void whileTheIndexIsBuiltReadinessIsDownAndSearchesAskToComeBack() throws Exception {
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		index.building(true);
		try {
			mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
			mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
			mvc.perform(get("/jobs").param("q", "peer"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "30"))
				.andExpect(content().string(containsString("Job search is getting ready")))
				.andExpect(content().string(not(containsString("No jobs"))));
			mvc.perform(get("/api/v1/jobs").param("q", "peer"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "30"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.title").value("Search is getting ready"));
		}
		finally {
			index.building(false);
		}
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/jobs").param("q", "peer")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/jobs").param("q", "peer")).andExpect(status().isOk());
	}

	@Test
	void onlyTheHealthProbesAreExposedAndWithoutDetails() throws Exception {
		for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
				"/actuator/mappings", "/actuator/metrics", "/actuator/loggers", "/actuator/info")) {
			mvc.perform(get(path)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(content().string(not(containsString("components"))))
			.andExpect(content().string(not(containsString("diskSpace"))));
	}
}
