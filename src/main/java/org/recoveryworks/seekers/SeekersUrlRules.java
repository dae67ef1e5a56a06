package org.recoveryworks.seekers;

import java.util.List;

import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.springframework.stereotype.Component;

/** A profile and the choice of texts are the job seeker's own; the SMS provider posts replies. */
@Component
class SeekersUrlRules implements UrlRules {

	@Override
	public List<UrlRule> rules() {
		return List.of(UrlRule.role("SEEKER", "/my/profile", "/my/profile/**", "/my/texts", "/my/texts/**"),
				// The SMS provider's replies (STOP): checked by the provider's signature, not a sign-in.
				UrlRule.everyone("/sms/inbound"),
				// Without a provider, an administrator replies STOP from the text outbox as the person would.
				UrlRule.role("ADMIN", "/admin/texts/reply"));
	}
}
