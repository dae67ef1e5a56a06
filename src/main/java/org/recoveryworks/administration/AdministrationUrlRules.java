package org.recoveryworks.administration;

import java.util.List;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/** Setting up the deployment, organizations, programs and teams: administrators, supervisors and employers each their own. */
@Component
class AdministrationUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		return List.of(
				UrlRule.role("ADMIN", "/admin/organizations/**", "/admin/programs/**", "/admin/setup/**", "/admin/staff/**"),
				// A supervisor's own program's staff.
				UrlRule.role("SUPERVISOR", "/staff", "/staff/**"),
				UrlRule.role("EMPLOYER", "/employer/profile/**", "/employer/team/**"),
				// An invitation link works for whoever holds it, once.
				UrlRule.everyone("/invitations/**"));
	}
}
