package org.recoveryworks.community;

import java.util.List;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/** Community support: program staff (the services check the role, the program and each participant's record). */
@Component
class CommunityUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		return List.of(UrlRule.signedIn("/coach/groups", "/coach/groups/**", "/coach/mentoring/**", "/coach/mentors", "/coach/mentors/**",
				"/coach/trainings", "/coach/trainings/**", "/coach/curricula", "/coach/curricula/**", "/coach/participants/*/mentoring"));
	}
}
