package org.recoveryworks.accounts;

import java.util.List;
import java.util.Set;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/** Sign-in, registration and password pages for everyone; each person's own account and data; API tokens. */
@Component
class AccountsUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		return List.of(UrlRule.everyoneReads("/login", "/home"),
				// The second step: reached by anyone, it works only for a session whose password step passed.
				UrlRule.everyone("/login/code", "/login/code/**"),
				// Registration and its e-mailed link, which works for whoever holds it, once.
				UrlRule.everyone("/register", "/register/**"),
				UrlRule.everyone("/password/**"),
				UrlRule.roles(Set.of("COACH", "SUPERVISOR", "ADMIN", "PRIVACY_OFFICER"), "/account/two-step", "/account/two-step/**"),
				UrlRule.role("SEEKER", "/my/account/**", "/my/data", "/my/data.json", "/my/data.pdf"),
				UrlRule.signedIn("/coach/tokens", "/coach/tokens/**"),
				UrlRule.role("EMPLOYER", "/employer/tokens", "/employer/tokens/**"));
	}
}
