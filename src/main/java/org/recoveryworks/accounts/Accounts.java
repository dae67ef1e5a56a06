package org.recoveryworks.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.recoveryworks.employers.NewOrganization;
import org.recoveryworks.employers.Organizations;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and reads user accounts. */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final UserAccountRepository users;
	private final Organizations organizations;
	private final PasswordEncoder passwordEncoder;
	private final Clock clock;

	Accounts(UserAccountRepository users, Organizations organizations, PasswordEncoder passwordEncoder, Clock clock) {
		this.users = users;
		this.organizations = organizations;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** Registers a job seeker. */
	@Transactional
	public AccountUser registerSeeker(String email, String password, String displayName, String phone) {
		return create(email, password, displayName, phone, Role.SEEKER, null);
	}

	/** Registers an organization (pending verification) and its first hiring staff member, in one transaction. */
	@Transactional
	public AccountUser registerEmployer(String email, String password, String displayName, String phone,
			NewOrganization organization) {
		ensureFree(email);
		Long organizationId = organizations.register(organization);
		return create(email, password, displayName, phone, Role.EMPLOYER, organizationId);
	}

	/** Adds a staff account to an existing organization (used by the demo data and admins). */
	@Transactional
	public AccountUser registerEmployerStaff(String email, String password, String displayName, Long organizationId) {
		return create(email, password, displayName, null, Role.EMPLOYER, organizationId);
	}

	@Transactional
	public AccountUser createAdmin(String email, String password, String displayName) {
		return create(email, password, displayName, null, Role.ADMIN, null);
	}

	public Optional<AccountUser> find(Long id) {
		return users.findById(id).map(UserAccount::toAccountUser);
	}

	/** E-mail addresses of an organization's staff, for notices about its postings. */
	public List<String> staffEmails(Long organizationId) {
		return users.findByOrganizationId(organizationId).stream().map(UserAccount::getEmail).toList();
	}

	public long countSeekers() {
		return users.countByRole(Role.SEEKER);
	}

	public boolean exists(String email) {
		return users.existsByEmail(normalize(email));
	}

	static String normalize(String email) {
		return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
	}

	private void ensureFree(String email) {
		if (users.existsByEmail(normalize(email))) {
			throw new EmailAlreadyRegistered();
		}
	}

	private AccountUser create(String email, String password, String displayName, String phone, Role role,
			Long organizationId) {
		ensureFree(email);
		try {
			UserAccount account = users.saveAndFlush(new UserAccount(normalize(email), passwordEncoder.encode(password),
					displayName.trim(), phone, role, organizationId, Instant.now(clock)));
			return account.toAccountUser();
		}
		catch (DataIntegrityViolationException e) {
			// Two registrations with the same address at once: the unique constraint decides.
			throw new EmailAlreadyRegistered();
		}
	}
}
