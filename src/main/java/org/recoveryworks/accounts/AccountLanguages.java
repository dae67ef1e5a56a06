package org.recoveryworks.accounts;

import java.util.Locale;
import java.util.Optional;

import org.recoveryworks.shared.web.Languages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person's choice of language, kept in their account so every device and every mail uses it. */
@Component
class AccountLanguages implements Languages.PreferredLanguages {

	private final UserAccountRepository users;

	AccountLanguages(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Locale> of(String username) {
		return users.findByEmail(Accounts.normalize(username)).flatMap(UserAccount::readsIn);
	}

	@Override
	@Transactional
	public void choose(String username, Locale language) {
		users.findByEmail(Accounts.normalize(username)).ifPresent(u -> u.chooseLanguage(language.getLanguage()));
	}
}
