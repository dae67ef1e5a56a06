package org.recoveryworks.administration;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.StaffInvitations;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.accounts.Teams;
import org.recoveryworks.coaching.Caseloads;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team pages: an administrator's view of a program's staff ({@code /admin/programs/{id}}) and of the
 * administration ({@code /admin/staff}), a supervisor's own program ({@code /staff}), an employer's own
 * team ({@code /employer/team}). Invitations, role changes, moves, deactivation and two-step resets.
 * Who may do what is decided by {@link Teams} and {@link StaffInvitations}; anyone else gets "not found".
 */
@Controller
class TeamController {

	private static final String[] NONE = {};

	private final TeamPages pages;
	private final Teams teams;
	private final StaffInvitations invitations;
	private final Caseloads caseloads;
	private final Organizations organizations;
	private final MessageSource messages;

	TeamController(TeamPages pages, Teams teams, StaffInvitations invitations, Caseloads caseloads, Organizations organizations,
			MessageSource messages) {
		this.pages = pages;
		this.teams = teams;
		this.invitations = invitations;
		this.caseloads = caseloads;
		this.organizations = organizations;
		this.messages = messages;
	}

	@GetMapping({ "/admin/staff", "/staff", "/employer/team" })
	String team(@AuthenticationPrincipal AccountUser user, HttpServletRequest request, Model model) {
		return pages.render(user, scope(user, null, request), model);
	}

	@PostMapping({ "/admin/programs/{orgId}/invitations", "/admin/staff/invitations", "/staff/invitations", "/employer/team/invitations" })
	String invite(@AuthenticationPrincipal AccountUser user, @PathVariable(required = false) Long orgId, HttpServletRequest request,
			@Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		TeamPages.Scope scope = scope(user, orgId, request);
		if (!Refusals.run(result, () -> invitations.invite(user, form.getEmail(), form.getRole(), scope.organizationId()))) {
			return pages.render(user, scope, model);
		}
		redirect.addFlashAttribute("flash", message("team.invited", form.getEmail().strip()));
		return "redirect:" + scope.base();
	}

	@PostMapping({ "/admin/programs/{orgId}/invitations/{id}/withdraw", "/admin/staff/invitations/{id}/withdraw",
			"/staff/invitations/{id}/withdraw", "/employer/team/invitations/{id}/withdraw" })
	String withdraw(@AuthenticationPrincipal AccountUser user, @PathVariable(required = false) Long orgId, @PathVariable Long id,
			HttpServletRequest request, RedirectAttributes redirect) {
		TeamPages.Scope scope = scope(user, orgId, request);
		redirect.addFlashAttribute("flashKey", invitations.withdraw(user, scope.organizationId(), id) ? "team.withdrawn" : "team.withdraw.gone");
		return "redirect:" + scope.base();
	}

	@PostMapping({ "/admin/programs/{orgId}/members/{id}/role", "/admin/staff/members/{id}/role", "/staff/members/{id}/role",
			"/employer/team/members/{id}/role" })
	String changeRole(@AuthenticationPrincipal AccountUser user, @PathVariable(required = false) Long orgId, @PathVariable Long id,
			@RequestParam(required = false) Role role, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		TeamPages.Scope scope = scope(user, orgId, request);
		return act(user, scope, id, model, redirect, () -> teams.changeRole(user, id, role), "team.roleChanged");
	}

	@PostMapping({ "/admin/programs/{orgId}/members/{id}/deactivate", "/admin/staff/members/{id}/deactivate",
			"/staff/members/{id}/deactivate", "/employer/team/members/{id}/deactivate" })
	String deactivate(@AuthenticationPrincipal AccountUser user, @PathVariable(required = false) Long orgId, @PathVariable Long id,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		TeamPages.Scope scope = scope(user, orgId, request);
		return act(user, scope, id, model, redirect, () -> pages.deactivate(user, id), "team.deactivated");
	}

	@PostMapping("/admin/programs/{orgId}/members/{id}/move")
	String move(@AuthenticationPrincipal AccountUser user, @PathVariable Long orgId, @PathVariable Long id,
			@RequestParam(required = false) Long programId, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		TeamPages.Scope scope = scope(user, orgId, request);
		return act(user, scope, id, model, redirect, () -> pages.moveToProgram(user, id, programId), "team.moved");
	}

	@PostMapping({ "/admin/programs/{orgId}/members/{id}/two-step", "/admin/staff/members/{id}/two-step" })
	String resetTwoStep(@AuthenticationPrincipal AccountUser user, @PathVariable(required = false) Long orgId, @PathVariable Long id,
			@RequestParam(required = false) String reason, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		TeamPages.Scope scope = scope(user, orgId, request);
		return act(user, scope, id, model, redirect, () -> teams.resetTwoStep(user, id, reason), "team.twoStepReset");
	}

	@PostMapping("/staff/members/{id}/caseload")
	String moveCaseload(@AuthenticationPrincipal AccountUser user, @PathVariable Long id, @RequestParam(required = false) Long toCoachId,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		TeamPages.Scope scope = scope(user, null, request);
		teams.member(user, id);
		int[] moved = new int[1];
		String view = act(user, scope, id, model, redirect, () -> moved[0] = caseloads.moveAll(user, id, toCoachId), null);
		if (view.startsWith("redirect:")) {
			redirect.addFlashAttribute("flash", message("team.caseloadMoved", moved[0]));
		}
		return view;
	}

	/** Runs a change to one member; a refusal shows next to that member's form, on the team page. */
	private String act(AccountUser user, TeamPages.Scope scope, Long memberId, Model model, RedirectAttributes redirect, Runnable change,
			String doneKey) {
		// Only the people this page lists: another team's member is "not found" here, whoever asks.
		Teams.Member member = teams.member(user, memberId);
		boolean listed = scope.organizationId() == null ? member.organizationId() == null && (member.role() == Role.ADMIN
				|| member.role() == Role.PRIVACY_OFFICER) : scope.organizationId().equals(member.organizationId());
		if (!listed) {
			throw new Teams.MemberNotFound(memberId);
		}
		Optional<RuleViolation> refused = Refusals.refusal(change);
		if (refused.isPresent()) {
			RuleViolation e = refused.get();
			model.addAttribute("memberError", new TeamPages.MemberError(memberId, e.field(), e.messageKey(), e.arguments()));
			return pages.render(user, scope, model);
		}
		if (doneKey != null) {
			redirect.addFlashAttribute("flashKey", doneKey);
		}
		return "redirect:" + scope.base();
	}

	/** The team a request is about, from its address and the person asking; "not found" to anyone who does not manage it. */
	private TeamPages.Scope scope(AccountUser user, Long orgId, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		TeamPages.Scope scope;
		if (path.startsWith("/admin/programs/") && user.is(Role.ADMIN)) {
			organizations.program(orgId);
			scope = TeamPages.Scope.program(orgId);
		}
		else if (path.startsWith("/admin/staff") && user.is(Role.ADMIN)) {
			scope = TeamPages.Scope.administration();
		}
		else if (path.startsWith("/staff") && user.is(Role.SUPERVISOR)) {
			scope = TeamPages.Scope.ownProgram(user);
		}
		else if (path.startsWith("/employer/team") && user.is(Role.EMPLOYER)) {
			scope = TeamPages.Scope.ownEmployer(user);
		}
		else {
			throw new Teams.MemberNotFound(orgId);
		}
		if (!teams.manages(user, scope.organizationId())) {
			throw new Teams.MemberNotFound(orgId);
		}
		return scope;
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments.length == 0 ? NONE : arguments, LocaleContextHolder.getLocale());
	}
}
