package org.recoveryworks.shared.security;

import java.util.List;

import org.springframework.stereotype.Component;

/** The error page, the API's description, the static files, and the development mailbox (administrators). */
@Component
class SharedUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		// The error page is also reached by the error dispatch of a refused POST, so with any method.
		return List.of(UrlRule.everyone("/error"),
				UrlRule.everyoneReads("/api-docs.html", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**"),
				UrlRule.everyoneReads("/css/**", "/js/**", "/uswds/**", "/webjars/**", "/favicon.ico", "/favicon.svg"),
				UrlRule.role("ADMIN", "/admin/mailbox", "/admin/mailbox/**", "/admin/texts"));
	}
}
