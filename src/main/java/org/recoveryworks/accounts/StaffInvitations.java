package org.recoveryworks.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.organizations.OrganizationSummary;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.RecoveryWorksProperties;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * StaffInvitations into a program's staff, an employer's team, or the deployment's administration: a
 * single-use link, e-mailed, that expires. The invited person sets their own name and password; staff
 * then set up two-step sign-in at their first sign-in. Who may invite whom:
 * <ul>
 * <li>an administrator: coaches and supervisors into any program, hiring staff into any employer,
 * privacy officers and administrators (into no organization);</li>
 * <li>a supervisor: coaches and supervisors into their own program;</li>
 * <li>an employer's account: colleagues into its own organization.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class StaffInvitations {

	static final String RECORD = "invitation";

	/** A waiting invitation, as its organization's pages list it. */
	public record Waiting(Long id, String email, Role role, Instant createdAt, Instant expiresAt) {
	}

	/** What an invitation link leads to: who it is for and what they join. */
	public record Opened(String email, Role role, String organizationName) {
	}

	private final InvitationRepository invitations;
	private final UserAccountRepository users;
	private final Organizations organizations;
	private final PasswordEncoder passwordEncoder;
	private final Mailer mailer;
	private final MessageSource messages;
	private final RecoveryWorksProperties properties;
	private final AuditTrail audit;
	private final Clock clock;
	private final Duration validity;

	StaffInvitations(InvitationRepository invitations, UserAccountRepository users, Organizations organizations,
			PasswordEncoder passwordEncoder, Mailer mailer, MessageSource messages, RecoveryWorksProperties properties,
			AuditTrail audit, Clock clock, @Value("${recoveryworks.invitation-validity:P7D}") Duration validity) {
		this.invitations = invitations;
		this.users = users;
		this.organizations = organizations;
		this.passwordEncoder = passwordEncoder;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
		this.validity = validity;
	}

	/** The roles this person may invite into this organization (none when they may not invite there). */
	public List<Role> rolesInvitable(AccountUser inviter, Long organizationId) {
		if (inviter == null) {
			return List.of();
		}
		OrganizationSummary organization = organizationId == null ? null : organizations.find(organizationId).orElse(null);
		if (organizationId != null && organization == null) {
			return List.of();
		}
		boolean own = organizationId != null && Objects.equals(inviter.organizationId(), organizationId);
		return switch (inviter.role()) {
			case ADMIN -> organization == null ? List.of(Role.PRIVACY_OFFICER, Role.ADMIN)
					: organization.isProgram() ? List.of(Role.COACH, Role.SUPERVISOR) : List.of(Role.EMPLOYER);
			case SUPERVISOR -> own && organization.isProgram() ? List.of(Role.COACH, Role.SUPERVISOR) : List.of();
			case EMPLOYER -> own && !organization.isProgram() ? List.of(Role.EMPLOYER) : List.of();
			default -> List.of();
		};
	}

	/**
	 * Invites a person by e-mail with a role. An open invitation of the same organization to the same
	 * address is replaced (its link stops working). Sent twice at once, one invitation waits.
	 */
	@Transactional
	public void invite(AccountUser inviter, String email, Role role, Long organizationId) {
		if (!rolesInvitable(inviter, organizationId).contains(role)) {
			throw new RuleViolation("role", "invitation.role.notAllowed", "You cannot invite someone with this role here.");
		}
		String address = Accounts.normalize(email);
		if (address == null || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
			throw new RuleViolation("email", "registration.email.invalid", "Enter an e-mail address like name@example.org.");
		}
		if (users.existsByEmail(address)) {
			throw new RuleViolation("email", "invitation.email.hasAccount", "This address already has an account.");
		}
		Instant now = Instant.now(clock);
		Optional<Invitation> waiting = invitations.findByPendingEmail(address);
		if (waiting.isPresent()) {
			Invitation earlier = waiting.get();
			if (earlier.usableAt(now) && !Objects.equals(earlier.getOrganizationId(), organizationId)) {
				throw new RuleViolation("email", "invitation.email.invitedElsewhere",
						"This address has an invitation from another organization waiting.");
			}
			earlier.withdraw(now);
			invitations.flush();
		}
		String secret = Tokens.newSecret("");
		Invitation invitation;
		try {
			invitation = invitations.saveAndFlush(new Invitation(Tokens.hash(secret), address, role, organizationId, inviter.id(), now,
					now.plus(validity)));
		}
		catch (DataIntegrityViolationException e) {
			// The same form sent twice at once: the first one's invitation waits, and was sent.
			throw new RuleViolation("email", "invitation.email.justInvited", "An invitation to this address was just sent.");
		}
		audit.record(inviter.id(), inviter.role().name(), AuditTrail.Action.CREATE, RECORD, invitation.getId(), null,
				"invited " + address + " as " + role + (organizationId == null ? "" : " into organization " + organizationId));
		String link = UriComponentsBuilder.fromUriString(properties.baseUrl()).path("/invitations/accept").queryParam("token", secret)
			.build().toUriString();
		String joins = organizationId == null ? messages.getMessage("invitation.mail.deployment", null, LocaleContextHolder.getLocale())
				: organizations.get(organizationId).name();
		var locale = LocaleContextHolder.getLocale();
		mailer.send(address, messages.getMessage("invitation.mail.subject", new Object[] { joins }, locale),
				messages.getMessage("invitation.mail.body", new Object[] { inviter.displayName(), joins,
						messages.getMessage("role." + role, null, locale), link, validity.toDays() }, locale));
	}

	/** The invitations of an organization (or, with null, of the deployment's administration) still waiting. */
	public List<Waiting> waiting(Long organizationId) {
		Instant now = Instant.now(clock);
		return (organizationId == null ? invitations.findByOrganizationIdIsNullAndPendingEmailIsNotNullOrderByCreatedAtDesc()
				: invitations.findByOrganizationIdAndPendingEmailIsNotNullOrderByCreatedAtDesc(organizationId)).stream()
			.filter(i -> i.usableAt(now))
			.map(i -> new Waiting(i.getId(), i.getEmail(), i.getRole(), i.getCreatedAt(), i.getExpiresAt()))
			.toList();
	}

	/** Withdraws a waiting invitation of an organization the person may invite into; false when there is none. */
	@Transactional
	public boolean withdraw(AccountUser actor, Long organizationId, Long invitationId) {
		if (rolesInvitable(actor, organizationId).isEmpty()) {
			return false;
		}
		return invitations.findById(invitationId)
			.filter(i -> Objects.equals(i.getOrganizationId(), organizationId) && i.usableAt(Instant.now(clock)))
			.map(i -> {
				i.withdraw(Instant.now(clock));
				audit.record(actor.id(), actor.role().name(), AuditTrail.Action.UPDATE, RECORD, i.getId(), null, "withdrawn");
				return true;
			})
			.orElse(false);
	}

	/** The invitation a link stands for, while it can be accepted. */
	public Optional<Opened> open(String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 100) {
			return Optional.empty();
		}
		Instant now = Instant.now(clock);
		return invitations.readByTokenHash(Tokens.hash(secret)).filter(i -> i.usableAt(now))
			.map(i -> new Opened(i.getEmail(), i.getRole(),
					i.getOrganizationId() == null ? null : organizations.get(i.getOrganizationId()).name()));
	}

	private static final Set<Role> INVITABLE = Set.of(Role.COACH, Role.SUPERVISOR, Role.EMPLOYER, Role.ADMIN, Role.PRIVACY_OFFICER);

	/**
	 * Accepts an invitation: creates the account with the invited address, role and organization, and
	 * spends the link. Empty when the link is unknown, used, withdrawn or expired.
	 */
	@Transactional
	public Optional<AccountUser> accept(String secret, String displayName, String password) {
		if (secret == null || secret.isBlank() || secret.length() > 100) {
			return Optional.empty();
		}
		Instant now = Instant.now(clock);
		Optional<Invitation> found = invitations.findByTokenHash(Tokens.hash(secret)).filter(i -> i.usableAt(now));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Invitation invitation = found.get();
		// Whoever sent it must still be allowed to: a deactivated or demoted inviter's invitations no longer work.
		AccountUser inviter = users.findById(invitation.getInvitedBy()).filter(UserAccount::isActive).map(UserAccount::toAccountUser)
			.orElse(null);
		if (!INVITABLE.contains(invitation.getRole()) || inviter == null
				|| !rolesInvitable(inviter, invitation.getOrganizationId()).contains(invitation.getRole())) {
			invitation.withdraw(now);
			return Optional.empty();
		}
		if (users.existsByEmail(invitation.getEmail())) {
			invitation.withdraw(now);
			throw new RuleViolation(null, "invitation.email.hasAccount", "This address already has an account.");
		}
		UserAccount account;
		try {
			account = users.saveAndFlush(new UserAccount(invitation.getEmail(), passwordEncoder.encode(password), displayName.trim(), null,
					invitation.getRole(), invitation.getOrganizationId(), now));
		}
		catch (DataIntegrityViolationException e) {
			// The address registered at this very moment.
			throw new RuleViolation(null, "invitation.email.hasAccount", "This address already has an account.");
		}
		invitation.accept(account.getId(), now);
		audit.record(account.getId(), invitation.getRole().name(), AuditTrail.Action.CREATE, "account", account.getId(), null,
				"accepted invitation " + invitation.getId());
		return Optional.of(account.toAccountUser());
	}
}
