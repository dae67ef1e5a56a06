package org.recoveryworks.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.recoveryworks.organizations.NewOrganization;
import org.recoveryworks.organizations.OrganizationKind;
import org.recoveryworks.shared.RecoveryWorksProperties;
import org.recoveryworks.shared.Text;
import org.recoveryworks.shared.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Registration confirmed by an e-mailed link. Registering answers the same whether or not the address
 * has an account, so nobody learns from it who has one: a new address is sent a link that makes the
 * account; an address that has an account (active or not) is sent a reminder to sign in or reset the
 * password, and nothing is made. Both ways hash the password and send mail, so they take about as long.
 */
@Service
class Registrations {

	private static final Logger log = LoggerFactory.getLogger(Registrations.class);

	/** What the registration form asked for, kept with the waiting registration (as JSON) until the link is used. */
	record Details(String displayName, String phone, String organizationName, OrganizationKind organizationKind, String street,
			String town, String zip, String website, String description) {

		static Details of(SeekerRegistrationForm form) {
			String phone = Text.trimToNull(form.getPhone());
			if (form instanceof EmployerRegistrationForm employer) {
				NewOrganization o = employer.toNewOrganization();
				return new Details(form.getDisplayName(), phone, o.name(), o.kind(), o.street(), o.town(), o.zip(), o.website(),
						o.description());
			}
			return new Details(form.getDisplayName(), phone, null, null, null, null, null, null, null);
		}

		NewOrganization organization() {
			return new NewOrganization(organizationName, organizationKind, street, town, zip, phone, website, description);
		}
	}

	/** What a link leads to, while it can be used. */
	record Opened(String email, Role kind) {
	}

	/** What using a link did. */
	sealed interface Confirmation {
	}

	/** The account is made. */
	record Created(AccountUser user) implements Confirmation {
	}

	/** This link made its account before (a second click): nothing new is made. */
	record AlreadyFinished(Long accountId, Role kind) implements Confirmation {
	}

	/** Unknown, expired or used, or the address has an account by now: nothing is made. */
	record NotUsable(boolean known) implements Confirmation {
	}

	private final PendingRegistrationRepository pending;
	private final UserAccountRepository users;
	private final Accounts accounts;
	private final PasswordEncoder passwordEncoder;
	private final Mailer mailer;
	private final MessageSource messages;
	private final RecoveryWorksProperties properties;
	private final JsonMapper json;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Duration validity;

	Registrations(PendingRegistrationRepository pending, UserAccountRepository users, Accounts accounts, PasswordEncoder passwordEncoder,
			Mailer mailer, MessageSource messages, RecoveryWorksProperties properties, JsonMapper json, TransactionTemplate transaction,
			Clock clock, @Value("${recoveryworks.registration-validity:PT24H}") Duration validity) {
		this.pending = pending;
		this.users = users;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.json = json;
		this.transaction = transaction;
		this.clock = clock;
		this.validity = validity;
	}

	/** How long a link works. */
	Duration validity() {
		return validity;
	}

	/**
	 * Registers an address of the given kind (seeker or employer): e-mails it the link that finishes the
	 * registration, or, when it has an account, a reminder that it has one. Says nothing either way.
	 */
	void start(Role kind, String email, String password, Details details) {
		if (kind != Role.SEEKER && kind != Role.EMPLOYER) {
			throw new IllegalArgumentException("People register as job seekers or employers");
		}
		String address = Accounts.normalize(email);
		// Hashed whether or not the address has an account: both answers take about as long.
		String passwordHash = passwordEncoder.encode(password);
		for (int attempt = 1;; attempt++) {
			try {
				transaction.executeWithoutResult(status -> startIn(kind, address, passwordHash, details));
				return;
			}
			catch (DataIntegrityViolationException e) {
				// The same address registered at this very moment: the next try takes that registration over.
				if (attempt == 3) {
					throw e;
				}
			}
		}
	}

	private void startIn(Role kind, String address, String passwordHash, Details details) {
		var locale = LocaleContextHolder.getLocale();
		if (users.existsByEmail(address)) {
			mailer.send(address, messages.getMessage("mail.registration.exists.subject", null, locale),
					messages.getMessage("mail.registration.exists.body", new Object[] { link("/login", null), link("/password/forgot", null) },
							locale));
			return;
		}
		String secret = Tokens.newSecret("");
		Instant now = Instant.now(clock);
		PendingRegistration registration = pending.findByEmail(address).orElseGet(() -> new PendingRegistration(address));
		registration.renew(Tokens.hash(secret), passwordHash, kind, json.writeValueAsString(details), now, now.plus(validity));
		pending.saveAndFlush(registration);
		mailer.send(address, messages.getMessage("mail.registration.subject", null, locale),
				messages.getMessage("mail.registration.body", new Object[] { link("/register/confirm", secret), validity.toHours() }, locale));
	}

	private String link(String path, String token) {
		UriComponentsBuilder link = UriComponentsBuilder.fromUriString(properties.baseUrl()).path(path);
		if (token != null) {
			link.queryParam("token", token);
		}
		return link.build().toUriString();
	}

	/** The registration a link stands for, while it can be used. Changes nothing (mail scanners open links). */
	@Transactional(readOnly = true)
	public Optional<Opened> open(String secret) {
		if (!wellFormed(secret)) {
			return Optional.empty();
		}
		Instant now = Instant.now(clock);
		return pending.readByTokenHash(Tokens.hash(secret))
			.filter(p -> p.usableAt(now))
			.filter(p -> !users.existsByEmail(p.getEmail()))
			.map(p -> new Opened(p.getEmail(), p.getKind()));
	}

	/**
	 * Uses a link: makes the account as the form asked, in one transaction with spending the link. The same
	 * link used again (at once or later) makes nothing and answers {@link AlreadyFinished}.
	 *
	 * @throws EmailAlreadyRegistered when the address got an account at this very moment (nothing is made)
	 */
	@Transactional
	public Confirmation confirm(String secret) {
		if (!wellFormed(secret)) {
			return new NotUsable(false);
		}
		Optional<PendingRegistration> found = pending.findByTokenHash(Tokens.hash(secret));
		if (found.isEmpty()) {
			return new NotUsable(false);
		}
		PendingRegistration registration = found.get();
		Instant now = Instant.now(clock);
		if (registration.getUsedAt() != null && registration.getAccountId() != null) {
			return new AlreadyFinished(registration.getAccountId(), registration.getKind());
		}
		if (!registration.usableAt(now)) {
			return new NotUsable(true);
		}
		if (users.existsByEmail(registration.getEmail())) {
			// The address got an account meanwhile (an invitation, say): this link makes nothing any more.
			pending.delete(registration);
			return new NotUsable(true);
		}
		Details details = json.readValue(registration.getDetails(), Details.class);
		String phone = Text.trimToNull(details.phone());
		AccountUser user = registration.getKind() == Role.EMPLOYER
				? accounts.registerEmployerWithHash(registration.getEmail(), registration.getPasswordHash(), details.displayName(), phone,
						details.organization())
				: accounts.registerSeekerWithHash(registration.getEmail(), registration.getPasswordHash(), details.displayName(), phone);
		registration.use(user.id(), now);
		return new Created(user);
	}

	/** Forgets expired registrations, used or not; how many. */
	@Scheduled(cron = "0 40 3 * * *", zone = "${recoveryworks.time-zone:America/New_York}")
	@SchedulerLock(name = "pending-registrations", lockAtLeastFor = "PT1M")
	@Transactional
	public int forgetExpired() {
		int forgotten = pending.deleteExpired(Instant.now(clock));
		if (forgotten > 0) {
			log.info("Forgot {} expired registrations", forgotten);
		}
		return forgotten;
	}

	private static boolean wellFormed(String secret) {
		return secret != null && !secret.isBlank() && secret.length() <= 100;
	}
}
