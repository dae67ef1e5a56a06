package org.recoveryworks.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The modules' rules are applied most specific first, whatever order the modules declare them in. */
class UrlRuleOrderTest {

	@Test
	void theMostSpecificPatternComesFirstAndANamedMethodBeforeAnyMethod() {
		List<UrlRule> rules = List.of(UrlRule.roles(Set.of("SEEKER", "COACH"), "/credentials/**"),
				UrlRule.everyone("/jobs/*"), UrlRule.role("SUPERVISOR", "/credentials/verify/**"),
				UrlRule.everyoneReads("/jobs/*"), UrlRule.role("SEEKER", "/jobs/*/apply"));

		List<String> order = Routes.ordered(rules).stream()
			.map(e -> (e.method() == null ? "*" : e.method()) + " " + e.pattern().getPatternString()).toList();

		assertThat(order.indexOf("* /credentials/verify/**")).isLessThan(order.indexOf("* /credentials/**"));
		assertThat(order.indexOf("GET /jobs/*")).isLessThan(order.indexOf("* /jobs/*"));
		assertThat(order.indexOf("* /jobs/*/apply")).isLessThan(order.indexOf("* /jobs/*"));
	}

	@Test
	void aRuleNamesItsPathsAndRolesOnlyWhenItIsForRoles() {
		assertThatThrownBy(() -> new UrlRule(null, List.of(), UrlRule.Who.EVERYONE, Set.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new UrlRule(null, List.of("/x"), UrlRule.Who.ROLES, Set.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new UrlRule(null, List.of("/x"), UrlRule.Who.SIGNED_IN, Set.of("ADMIN")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(UrlRule.everyone("/api/v1/jobs").api()).isTrue();
		assertThat(UrlRule.everyone("/jobs").api()).isFalse();
	}
}
