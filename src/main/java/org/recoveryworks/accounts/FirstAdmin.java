package org.recoveryworks.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator on a new installation from RECOVERYWORKS_ADMIN_EMAIL and
 * RECOVERYWORKS_ADMIN_PASSWORD, when no administrator exists yet. Without an administrator no
 * employer can be verified.
 */
@Component
@Order(10)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserAccountRepository users;
	private final Accounts accounts;
	private final String email;
	private final String password;

	FirstAdmin(UserAccountRepository users, Accounts accounts, @Value("${recoveryworks.admin.email:}") String email,
			@Value("${recoveryworks.admin.password:}") String password) {
		this.users = users;
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.countByRole(Role.ADMIN) > 0) {
			return;
		}
		if (email.isBlank() || password.isBlank()) {
			log.warn("No administrator exists. Set RECOVERYWORKS_ADMIN_EMAIL and RECOVERYWORKS_ADMIN_PASSWORD "
					+ "and restart to create one; until then no employer can be verified.");
			return;
		}
		if (password.length() < 12) {
			log.error("RECOVERYWORKS_ADMIN_PASSWORD must have at least 12 characters; no administrator was created.");
			return;
		}
		accounts.createAdmin(email, password, "Administrator");
		log.info("Created the first administrator account.");
	}
}
