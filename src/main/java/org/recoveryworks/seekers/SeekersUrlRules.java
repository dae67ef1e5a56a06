package org.recoveryworks.seekers;

import java.util.List;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/** A profile is its job seeker's own. */
@Component
class SeekersUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		return List.of(UrlRule.role("SEEKER", "/my/profile", "/my/profile/**"));
	}
}
