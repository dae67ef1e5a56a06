package org.recoveryworks.accounts;

import java.util.List;
import java.util.Set;

import org.recoveryworks.audit.PrivacyOfficers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The active privacy officers' addresses, for the audit trail's checkpoint e-mails. */
@Component
class PrivacyOfficerEmails implements PrivacyOfficers {

	private final UserAccountRepository users;

	PrivacyOfficerEmails(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> emails() {
		return users.findByRoleInOrderByDisplayNameAsc(Set.of(Role.PRIVACY_OFFICER)).stream()
			.filter(UserAccount::isActive)
			.map(u -> u.toAccountUser().email())
			.toList();
	}
}
