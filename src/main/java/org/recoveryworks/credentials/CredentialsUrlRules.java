package org.recoveryworks.credentials;

import java.util.List;
import java.util.Set;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/** Credential records: their holders and coaches; types kept by supervisors and administrators; verified by supervisors. */
@Component
class CredentialsUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		return List.of(UrlRule.roles(Set.of("SUPERVISOR", "ADMIN"), "/credentials/types", "/credentials/types/**"),
				UrlRule.role("SUPERVISOR", "/credentials/verify", "/credentials/verify/**"),
				UrlRule.role("EMPLOYER", "/credentials/applications/**"),
				UrlRule.roles(Set.of("SEEKER", "COACH", "SUPERVISOR"), "/credentials", "/credentials/**"));
	}
}
