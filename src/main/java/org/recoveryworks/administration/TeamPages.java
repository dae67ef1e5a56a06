package org.recoveryworks.administration;

import java.util.List;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.StaffInvitations;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.accounts.Teams;
import org.recoveryworks.coaching.Caseloads;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** The team page of a program, an employer or the deployment's administration, and the changes made from it. */
@Component
class TeamPages {

	/** Whose team a page shows, and where its forms post. */
	record Scope(Long organizationId, String base, boolean program) {

		static Scope program(Long id) {
			return new Scope(id, "/admin/programs/" + id, true);
		}

		static Scope administration() {
			return new Scope(null, "/admin/staff", false);
		}

		static Scope ownProgram(AccountUser supervisor) {
			return new Scope(supervisor.organizationId(), "/staff", true);
		}

		static Scope ownEmployer(AccountUser employer) {
			return new Scope(employer.organizationId(), "/employer/team", false);
		}
	}

	/** A member as the page lists them: with their caseload (program staff) and the roles they can be given. */
	record Row(Teams.Member member, long caseload, List<Role> roles) {
	}

	/** A refusal of a change to one member, shown next to that member's form. */
	record MemberError(Long memberId, String field, String messageKey, Object[] arguments) {
	}

	private final Teams teams;
	private final StaffInvitations invitations;
	private final Caseloads caseloads;
	private final Organizations organizations;

	TeamPages(Teams teams, StaffInvitations invitations, Caseloads caseloads, Organizations organizations) {
		this.teams = teams;
		this.invitations = invitations;
		this.caseloads = caseloads;
		this.organizations = organizations;
	}

	String render(AccountUser actor, Scope scope, Model model) {
		List<Teams.Member> members = teams.members(actor, scope.organizationId());
		List<Row> rows = members.stream()
			.map(m -> new Row(m, scope.program() ? caseloads.size(m.id()) : 0, teams.rolesFor(actor, m)))
			.toList();
		model.addAttribute("scope", scope);
		model.addAttribute("rows", rows);
		model.addAttribute("coaches", members.stream().filter(m -> m.active() && (m.role() == Role.COACH || m.role() == Role.SUPERVISOR)).toList());
		model.addAttribute("waiting", invitations.waiting(scope.organizationId()));
		model.addAttribute("invitableRoles", invitations.rolesInvitable(actor, scope.organizationId()));
		if (!model.containsAttribute("inviteForm")) {
			model.addAttribute("inviteForm", new InviteForm());
		}
		if (scope.organizationId() != null && !model.containsAttribute("organization")) {
			model.addAttribute("organization", organizations.get(scope.organizationId()));
		}
		model.addAttribute("canMoveToProgram", actor.is(Role.ADMIN) && scope.program());
		model.addAttribute("otherPrograms", actor.is(Role.ADMIN) && scope.program()
				? organizations.programs().stream().filter(p -> !p.id().equals(scope.organizationId())).toList() : List.of());
		model.addAttribute("canResetTwoStep", actor.is(Role.ADMIN));
		model.addAttribute("canMoveCaseload", actor.is(Role.SUPERVISOR) && scope.program());
		return "administration/team";
	}

	/**
	 * Deactivates a member. A coach or supervisor who still has people on their caseload is refused: the
	 * supervisor first moves them to another coach.
	 */
	@Transactional
	void deactivate(AccountUser actor, Long memberId) {
		Teams.Member member = teams.member(actor, memberId);
		long caseload = caseloads.size(memberId);
		if ((member.role() == Role.COACH || member.role() == Role.SUPERVISOR) && caseload > 0) {
			throw new RuleViolation(null, "team.deactivate.caseload", "Move this person's caseload to another coach first.", caseload);
		}
		teams.deactivate(actor, memberId);
	}

	/** An administrator moves a coach or supervisor to another program, once their caseload is moved. */
	@Transactional
	void moveToProgram(AccountUser actor, Long memberId, Long programId) {
		teams.member(actor, memberId);
		if (caseloads.size(memberId) > 0) {
			throw new RuleViolation("programId", "team.deactivate.caseload", "Move this person's caseload to another coach first.",
					caseloads.size(memberId));
		}
		teams.moveToProgram(actor, memberId, programId);
	}
}
