package org.recoveryworks.audit;

import java.util.List;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/** The audit trail: the privacy officer's. */
@Component
class AuditUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		return List.of(UrlRule.role("PRIVACY_OFFICER", "/privacy/audit", "/privacy/audit/**", "/privacy/audit.csv"));
	}
}
