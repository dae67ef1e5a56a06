package org.recoveryworks.programs;

import java.util.List;
import java.util.Set;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/** The public program finder; listings and fidelity reviews kept by supervisors and administrators. */
@Component
class ProgramsUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		return List.of(UrlRule.everyoneReads("/programs", "/programs/*"),
				UrlRule.roles(Set.of("SUPERVISOR", "ADMIN"), "/programs/manage", "/programs/manage/**"));
	}
}
