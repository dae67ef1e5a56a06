package org.recoveryworks.consents;

import java.util.List;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/** Consents and disclosures on a case record: staff (each record checked in the controller); a person's own. */
@Component
class ConsentsUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		return List.of(UrlRule.signedIn("/coach/participants/*/consents", "/coach/participants/*/consents/**",
				"/coach/participants/*/disclosures", "/coach/participants/*/disclosures/**"),
				UrlRule.role("SEEKER", "/my/coaching/consents", "/my/coaching/consents/**"));
	}
}
