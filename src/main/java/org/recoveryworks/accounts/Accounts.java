package org.recoveryworks.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.recoveryworks.organizations.NewOrganization;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.web.Languages;
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

	/** {@link #registerSeeker}, with the password already hashed (a registration confirmed by its e-mailed link). */
	@Transactional
	AccountUser registerSeekerWithHash(String email, String passwordHash, String displayName, String phone) {
		return createWithHash(email, passwordHash, displayName, phone, Role.SEEKER, null);
	}

	/** {@link #registerEmployer}, with the password already hashed (a registration confirmed by its e-mailed link). */
	@Transactional
	AccountUser registerEmployerWithHash(String email, String passwordHash, String displayName, String phone,
			NewOrganization organization) {
		ensureFree(email);
		Long organizationId = organizations.register(organization);
		return createWithHash(email, passwordHash, displayName, phone, Role.EMPLOYER, organizationId);
	}

	/** Adds a staff account to an existing organization (used by the demo data and admins). */
	@Transactional
	public AccountUser registerEmployerStaff(String email, String password, String displayName, Long organizationId) {
		return create(email, password, displayName, null, Role.EMPLOYER, organizationId);
	}

	/** Adds a coach or supervisor to a program (the organization that runs it). */
	@Transactional
	public AccountUser createStaff(String email, String password, String displayName, Role role, Long programId) {
		if (role != Role.COACH && role != Role.SUPERVISOR) {
			throw new IllegalArgumentException("Staff are coaches or supervisors");
		}
		return create(email, password, displayName, null, role, programId);
	}

	/** An account to create in bulk: a seeker, or a coach or supervisor of a program. */
	public record NewAccount(String email, String displayName, String phone, Role role, Long organizationId) {
	}

	/**
	 * Creates many accounts at once with one password, hashed once (for the data generator: hashing each would take
	 * a tenth of a second per account). Seekers, coaches and supervisors only. Their ids, in order.
	 */
	@Transactional
	public List<Long> createAll(List<NewAccount> accounts, String password) {
		String hash = passwordEncoder.encode(password);
		Instant now = Instant.now(clock);
		List<UserAccount> created = new java.util.ArrayList<>(accounts.size());
		for (NewAccount a : accounts) {
			if (a.role() != Role.SEEKER && a.role() != Role.COACH && a.role() != Role.SUPERVISOR) {
				throw new IllegalArgumentException("Bulk accounts are seekers, coaches or supervisors");
			}
			ensureFree(a.email());
			created.add(new UserAccount(normalize(a.email()), hash, a.displayName().trim(), a.phone(), a.role(), a.organizationId(), now));
		}
		return users.saveAll(created).stream().map(UserAccount::getId).toList();
	}

	/** The coaches and supervisors of a program, for assigning caseloads. */
	public List<AccountUser> staff(Long programId) {
		return users.findByOrganizationId(programId).stream()
			.filter(UserAccount::isActive)
			.map(UserAccount::toAccountUser)
			.filter(u -> u.is(Role.COACH) || u.is(Role.SUPERVISOR))
			.toList();
	}

	@Transactional
	public AccountUser createAdmin(String email, String password, String displayName) {
		return create(email, password, displayName, null, Role.ADMIN, null);
	}

	/** The named person who reads the audit trail (and, later, sequestered records and disclosures). */
	@Transactional
	public AccountUser createPrivacyOfficer(String email, String password, String displayName) {
		return create(email, password, displayName, null, Role.PRIVACY_OFFICER, null);
	}

	/** A job seeker's account by e-mail address (for a coach inviting a participant to link it). */
	public Optional<AccountUser> findSeeker(String email) {
		return users.findByEmail(normalize(email)).map(UserAccount::toAccountUser).filter(u -> u.is(Role.SEEKER));
	}

	public Optional<AccountUser> find(Long id) {
		return users.findById(id).map(UserAccount::toAccountUser);
	}

	/** The account, if it may still sign in (not deactivated): mail the person asked for goes only to such an account. */
	public Optional<AccountUser> findActive(Long id) {
		return users.findById(id).filter(UserAccount::isActive).map(UserAccount::toAccountUser);
	}

	/** E-mail addresses of an organization's staff, for notices about its postings. */
	public List<String> staffEmails(Long organizationId) {
		return users.findByOrganizationId(organizationId).stream()
			.filter(UserAccount::isActive)
			.map(UserAccount::toAccountUser)
			.filter(u -> u.is(Role.EMPLOYER))
			.map(AccountUser::email)
			.toList();
	}

	/**
	 * The language to write to the person with this address in: the one their account chose, else
	 * English. A mail someone's action sends to another person is written in the other's language.
	 */
	public Locale languageOf(String email) {
		return email == null ? Languages.ENGLISH : users.findByEmail(normalize(email)).flatMap(UserAccount::readsIn).orElse(Languages.ENGLISH);
	}

	/** As {@link #languageOf(String)}, for an account by its id. */
	public Locale languageOf(Long accountId) {
		return accountId == null ? Languages.ENGLISH : users.findById(accountId).flatMap(UserAccount::readsIn).orElse(Languages.ENGLISH);
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
		return createWithHash(email, passwordEncoder.encode(password), displayName, phone, role, organizationId);
	}

	private AccountUser createWithHash(String email, String passwordHash, String displayName, String phone, Role role,
			Long organizationId) {
		ensureFree(email);
		try {
			UserAccount created = new UserAccount(normalize(email), passwordHash, displayName.trim(), phone, role, organizationId,
					Instant.now(clock));
			if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() != null) {
				// Made by a person's own request (registration, an accepted invitation): the language they were reading.
				created.chooseLanguage(Languages.current().getLanguage());
			}
			UserAccount account = users.saveAndFlush(created);
			return account.toAccountUser();
		}
		catch (DataIntegrityViolationException e) {
			// Two registrations with the same address at once: the unique constraint decides.
			throw new EmailAlreadyRegistered();
		}
	}
}
