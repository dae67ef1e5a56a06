package org.recoveryworks.jobs;

import java.util.List;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/**
 * The public job bank; applying and one's applications for seekers; postings and applicants for employers; the search's
 * words for administrators.
 */
@Component
class JobsUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		return List.of(UrlRule.everyoneReads("/", "/jobs", "/jobs/*", "/statistics"),
				UrlRule.role("SEEKER", "/jobs/*/apply", "/jobs/*/save", "/my/applications/**", "/my/saved", "/my/searches", "/my/searches/**"),
				// A job alert's unsubscribe link works without a sign-in: its signature names the one search it stops.
				UrlRule.everyone("/alerts/unsubscribe"),
				UrlRule.role("EMPLOYER", "/employer/postings/**", "/employer/applications/**"),
				// A document is its owner's or the employer's they applied to: checked in the controller.
				UrlRule.everyoneReads("/documents/*"),
				UrlRule.everyoneReads("/api/v1/jobs", "/api/v1/jobs/*"),
				UrlRule.role("EMPLOYER", "/api/v1/employer/**"),
				UrlRule.role("ADMIN", "/admin/search-words", "/admin/search-words/**"));
	}
}
