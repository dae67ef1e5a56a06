package org.recoveryworks.outcomes;

import java.util.List;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may run which report: a coach for their own caseload, a supervisor for their program (all
 * coaches or one), an administrator for any program or all of them.
 */
@Component
class ReportScopes {

	private final ReportQueries queries;

	ReportScopes(ReportQueries queries) {
		this.queries = queries;
	}

	ReportScope resolve(AccountUser user, ReportForm form) {
		Long program = form.getProgram();
		Long coach = form.getCoach();
		switch (user.role()) {
			case COACH -> {
				program = user.organizationId();
				coach = user.id();
			}
			case SUPERVISOR -> program = user.organizationId();
			case ADMIN -> {
				Long chosen = program;
				if (chosen != null && queries.programs().stream().noneMatch(p -> p.id().equals(chosen))) {
					throw new RuleViolation("program", "report.program.invalid", "Choose a program from the list.");
				}
			}
			default -> throw new AccessDeniedException("Reports are for program staff and administrators");
		}
		Long programId = program;
		Long coachId = coach;
		if (coachId != null && !user.is(Role.COACH) && queries.coaches(programId).stream().noneMatch(c -> c.id().equals(coachId))) {
			throw new RuleViolation("coach", "report.coach.invalid", "Choose a coach of the program.");
		}
		return new ReportScope(form.getFrom(), form.getTo(), programId, coach);
	}

	/** The programs this user may choose from (only administrators choose). */
	List<ReportQueries.ProgramOption> programs(AccountUser user) {
		return user.is(Role.ADMIN) ? queries.programs() : List.of();
	}

	List<ReportQueries.CoachOption> coaches(AccountUser user, Long programId) {
		if (user.is(Role.COACH)) {
			return List.of();
		}
		Long program = user.is(Role.SUPERVISOR) ? user.organizationId() : programId;
		return queries.coaches(program);
	}

	/** Only a program's own staff may open the records behind a figure; administrators see figures only. */
	static boolean mayOpenRecords(AccountUser user) {
		return user.is(Role.COACH) || user.is(Role.SUPERVISOR);
	}
}
