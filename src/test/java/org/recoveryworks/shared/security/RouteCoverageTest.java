package org.recoveryworks.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default: every mapped route is named by some module's {@link UrlRule}, and a route that none names is refused
 * to everyone, administrators included, while an address no handler serves still answers "not found".
 */
class RouteCoverageTest extends IntegrationTest {

	@Autowired
	Routes routes;

	@Autowired
	List<UrlRules> modules;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	private List<UrlRule> rules() {
		return modules.stream().flatMap(m -> m.rules().stream()).toList();
	}

	@Test
	void everyMappedRouteIsNamedBySomeModulesRule() {
		assertThat(routes.all()).hasSizeGreaterThan(200);
		assertThat(routes.uncovered(rules())).as("routes that no module's URL rule names (add a rule to the module's UrlRules)").isEmpty();
	}

	/** A controller method added without a rule: a handler the test maps at run time, then takes away again. */
	static class Unguarded {

		ResponseEntity<String> secrets() {
			return ResponseEntity.ok("the unguarded route ran");
		}
	}

	@Test
	void aRouteAddedWithoutARuleIsFoundByTheCoverageAndRefusedToEveryone() throws Exception {
		RequestMappingInfo info = RequestMappingInfo.paths("/unguarded-route-for-a-test/{id}").methods(RequestMethod.GET)
			.options(mappings.getBuilderConfiguration()).build();
		mappings.registerMapping(info, new Unguarded(), Unguarded.class.getDeclaredMethod("secrets"));
		try {
			assertThat(routes.uncovered(rules())).containsExactly("GET /unguarded-route-for-a-test/{id}");
			mvc.perform(get("/unguarded-route-for-a-test/7").with(user(TestData.admin()))).andExpect(status().isForbidden())
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("the unguarded route ran"))));
			mvc.perform(get("/unguarded-route-for-a-test/7")).andExpect(status().is3xxRedirection());
		}
		finally {
			mappings.unregisterMapping(info);
		}
		assertThat(routes.uncovered(rules())).isEmpty();
		// An address that no handler serves is not refused: it is not found.
		mvc.perform(get("/unguarded-route-for-a-test/7").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}
}
