package org.recoveryworks.outcomes;

import java.util.List;
import java.util.Set;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/** Reports for staff; imports for supervisors and administrators; placements and follow-ups on the coaching pages. */
@Component
class OutcomesUrlRules implements UrlRules {

	static final Set<String> REPORT_READERS = Set.of("COACH", "SUPERVISOR", "ADMIN");
	static final Set<String> KEEPERS = Set.of("SUPERVISOR", "ADMIN");

	@Override
	public List<UrlRule> rules() {
		return List.of(UrlRule.roles(REPORT_READERS, "/reports", "/reports/**"),
				UrlRule.roles(KEEPERS, "/imports", "/imports/**"),
				// The controllers check the role (staff) and the record (own caseload or program).
				UrlRule.signedIn("/coach/follow-ups/**", "/coach/placements/**", "/coach/participants/*/outcomes",
						"/coach/participants/*/benefits", "/coach/participants/*/placements", "/coach/participants/*/placements/**"),
				UrlRule.roles(KEEPERS, "/api/v1/imports/**"),
				UrlRule.roles(REPORT_READERS, "/api/v1/reports/**"));
	}
}
