package org.recoveryworks.coaching;

import java.util.List;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/**
 * Coaching pages for any signed-in account: the controllers check the role (staff) and each record (own caseload or
 * program). A seeker's own coaching; the privacy officer's sequestered records and emergency access reviews.
 */
@Component
class CoachingUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		return List.of(
				UrlRule.signedIn("/coach", "/coach/participants", "/coach/participants/**", "/coach/sessions/**"),
				UrlRule.role("SEEKER", "/my/coaching", "/my/coaching/**"),
				// A calendar feed is reached by the secret token in its address.
				UrlRule.everyoneReads("/calendar/*"),
				UrlRule.role("PRIVACY_OFFICER", "/privacy/emergency-access/**", "/privacy/sequestered", "/privacy/sequestered/**"),
				// Any signed-in token reaches the case-record API; each record answers "not found" unless it is the caller's to see.
				UrlRule.signedIn("/api/v1/participants/**"));
	}
}
