package org.recoveryworks.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.organizations.OrganizationSummary;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.NotFoundException;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of an organization (a program's staff, an employer's team) and of the deployment's
 * administration: who they are, their role, when they last signed in, whether two-step sign-in is set
 * up; role changes, moves to another program, deactivation and two-step resets, each in the audit
 * trail. Who manages whom: an administrator everyone but job seekers; a supervisor the staff of their
 * own program; an employer's account its colleagues. Anyone else is told "not found".
 */
@Service
@Transactional(readOnly = true)
public class Teams {

	static final String RECORD = "account";

	/** One person of a team. */
	public record Member(Long id, String email, String displayName, Role role, Long organizationId, Instant lastSignedInAt,
			boolean twoStep, boolean active, Instant deactivatedAt) {

		/** Whether this person must sign in in two steps. */
		public boolean staff() {
			return role == Role.COACH || role == Role.SUPERVISOR || role == Role.ADMIN || role == Role.PRIVACY_OFFICER;
		}
	}

	/** No such person, or not one this person manages. */
	public static class MemberNotFound extends NotFoundException {
		public MemberNotFound(Long id) {
			super("No team member " + id);
		}
	}

	private static final Set<Role> PROGRAM_ROLES = EnumSet.of(Role.COACH, Role.SUPERVISOR);
	private static final Set<Role> DEPLOYMENT_ROLES = EnumSet.of(Role.ADMIN, Role.PRIVACY_OFFICER);

	private final UserAccountRepository users;
	private final RecoveryCodeRepository recoveryCodes;
	private final Organizations organizations;
	private final AuditTrail audit;
	private final Mailer mailer;
	private final MessageSource messages;
	private final Clock clock;
	private final ApiTokens apiTokens;
	private final InvitationRepository invitations;

	Teams(UserAccountRepository users, RecoveryCodeRepository recoveryCodes, Organizations organizations, AuditTrail audit,
			Mailer mailer, MessageSource messages, Clock clock, ApiTokens apiTokens, InvitationRepository invitations) {
		this.invitations = invitations;
		this.apiTokens = apiTokens;
		this.users = users;
		this.recoveryCodes = recoveryCodes;
		this.organizations = organizations;
		this.audit = audit;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whether this person may see and manage the people of this organization (null: the administration). */
	public boolean manages(AccountUser actor, Long organizationId) {
		if (actor == null) {
			return false;
		}
		if (actor.is(Role.ADMIN)) {
			return organizationId == null || organizations.find(organizationId).isPresent();
		}
		if (organizationId == null || !Objects.equals(actor.organizationId(), organizationId)) {
			return false;
		}
		return organizations.find(organizationId)
			.map(o -> o.isProgram() ? actor.is(Role.SUPERVISOR) : actor.is(Role.EMPLOYER))
			.orElse(false);
	}

	/** The people of an organization (null: administrators and privacy officers), active ones first. */
	public List<Member> members(AccountUser actor, Long organizationId) {
		if (!manages(actor, organizationId)) {
			throw new MemberNotFound(organizationId);
		}
		List<UserAccount> accounts = organizationId == null ? users.findByRoleInOrderByDisplayNameAsc(DEPLOYMENT_ROLES)
				: users.findByOrganizationIdOrderByDisplayNameAsc(organizationId);
		return accounts.stream()
			.filter(u -> u.getRole() != Role.SEEKER)
			.map(Teams::member)
			.sorted(java.util.Comparator.comparing((Member m) -> !m.active()))
			.toList();
	}

	/** One person this person manages. */
	public Member member(AccountUser actor, Long accountId) {
		return member(managed(actor, accountId));
	}

	/** The roles this person may give the member (their own included). */
	public List<Role> rolesFor(AccountUser actor, Member member) {
		if (PROGRAM_ROLES.contains(member.role())) {
			return List.of(Role.COACH, Role.SUPERVISOR);
		}
		if (DEPLOYMENT_ROLES.contains(member.role()) && actor.is(Role.ADMIN)) {
			return List.of(Role.ADMIN, Role.PRIVACY_OFFICER);
		}
		return List.of(member.role());
	}

	@Transactional
	public void changeRole(AccountUser actor, Long accountId, Role role) {
		UserAccount account = managed(actor, accountId);
		requireOther(actor, account);
		if (role == null || !rolesFor(actor, member(account)).contains(role)) {
			throw new RuleViolation("role", "team.role.notAllowed", "Choose one of the roles listed.");
		}
		if (account.getRole() == role) {
			return;
		}
		Role before = account.getRole();
		account.changeRole(role, Instant.now(clock));
		invitations.findByInvitedByAndPendingEmailIsNotNull(accountId).forEach(i -> i.withdraw(Instant.now(clock)));
		audit.record(actor.id(), actor.role().name(), AuditTrail.Action.UPDATE, RECORD, accountId, null,
				"role changed from " + before + " to " + role);
	}

	/** An administrator moves a coach or supervisor to another program; their caseload must have been moved first. */
	@Transactional
	public void moveToProgram(AccountUser actor, Long accountId, Long programId) {
		if (actor == null || !actor.is(Role.ADMIN)) {
			throw new MemberNotFound(accountId);
		}
		UserAccount account = managed(actor, accountId);
		if (!PROGRAM_ROLES.contains(account.getRole())) {
			throw new MemberNotFound(accountId);
		}
		OrganizationSummary program = programId == null ? null : organizations.find(programId).filter(OrganizationSummary::isProgram).orElse(null);
		if (program == null) {
			throw new RuleViolation("programId", "team.move.program", "Choose a program.");
		}
		if (Objects.equals(account.getOrganizationId(), programId)) {
			return;
		}
		Long before = account.getOrganizationId();
		account.moveTo(programId, Instant.now(clock));
		audit.record(actor.id(), actor.role().name(), AuditTrail.Action.UPDATE, RECORD, accountId, null,
				"moved from organization " + before + " to " + programId);
	}

	/**
	 * Deactivates an account: it can no longer sign in or use its API tokens, its sessions end, and its
	 * records stay. The caller checks first that no caseload is left with it.
	 */
	@Transactional
	public void deactivate(AccountUser actor, Long accountId) {
		UserAccount account = managed(actor, accountId);
		requireOther(actor, account);
		if (!account.isActive()) {
			return;
		}
		account.deactivate(Instant.now(clock));
		invitations.findByInvitedByAndPendingEmailIsNotNull(accountId).forEach(i -> i.withdraw(Instant.now(clock)));
		audit.record(actor.id(), actor.role().name(), AuditTrail.Action.UPDATE, RECORD, accountId, null, "deactivated");
	}

	/**
	 * An administrator turns two-step sign-in off for a staff member who lost their phone and recovery
	 * codes, with a reason: their next sign-in sets it up again. The person is told by e-mail.
	 */
	@Transactional
	public void resetTwoStep(AccountUser actor, Long accountId, String reason) {
		if (actor == null || !actor.is(Role.ADMIN)) {
			throw new MemberNotFound(accountId);
		}
		UserAccount account = managed(actor, accountId);
		requireOther(actor, account);
		if (!member(account).staff() || !account.hasTwoStep()) {
			throw new RuleViolation(null, "team.twoStep.notOn", "This person has no two-step sign-in to turn off.");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.length() < 10 || why.length() > 500) {
			throw new RuleViolation("reason", "team.twoStep.reason.size", "Say why, in 10 to 500 characters.");
		}
		account.turnOffTwoStep();
		account.endSessions(Instant.now(clock));
		recoveryCodes.deleteAllOf(accountId);
		apiTokens.revokeAllAfterReset(accountId, account.getEmail());
		audit.record(actor.id(), actor.role().name(), AuditTrail.Action.UPDATE, "two-step sign-in", accountId, null,
				"turned off by an administrator: " + why);
		var locale = account.readsIn().orElse(org.recoveryworks.shared.web.Languages.ENGLISH);
		mailer.send(account.getEmail(), messages.getMessage("team.twoStep.mail.subject", null, locale),
				messages.getMessage("team.twoStep.mail.body", new Object[] { account.getDisplayName() }, locale));
	}

	private UserAccount managed(AccountUser actor, Long accountId) {
		UserAccount account = accountId == null ? null : users.findById(accountId).orElse(null);
		if (account == null || account.getRole() == Role.SEEKER) {
			throw new MemberNotFound(accountId);
		}
		boolean deploymentRole = DEPLOYMENT_ROLES.contains(account.getRole());
		if (!manages(actor, deploymentRole ? null : account.getOrganizationId())) {
			throw new MemberNotFound(accountId);
		}
		return account;
	}

	private static void requireOther(AccountUser actor, UserAccount account) {
		if (Objects.equals(actor.id(), account.getId())) {
			throw new RuleViolation(null, "team.self", "You cannot change your own account here: ask another member of your team.");
		}
	}

	private static Member member(UserAccount u) {
		return new Member(u.getId(), u.getEmail(), u.getDisplayName(), u.getRole(), u.getOrganizationId(), u.getLastSignedInAt(),
				u.hasTwoStep(), u.isActive(), u.getDeactivatedAt());
	}
}
