package org.recoveryworks.outcomes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.outcomes.ReportQueries.Figure;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

/**
 * The reports for machine clients (a funder's or a state's system), with the same choices and the
 * same limits as the pages: a coach gets their caseload, a supervisor their program, an
 * administrator any program or all.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsApiController {

	/** The program results; figures by name (people_assisted, sessions, jobs_bh_full_time, ...). */
	record ProgramResultsResponse(LocalDate from, LocalDate to, Long programId, Long coachId, Map<String, Long> figures,
			Long retentionPercent, List<ReportQueries.TitleCount> jobTitles) {
	}

	record QuarterlyResponse(LocalDate from, LocalDate to, Long programId, Long coachId, List<Reports.Quarter> quarters,
			List<OutcomesSettings.Band> bands) {
	}

	record ActivityResponse(LocalDate from, LocalDate to, Long programId, ReportQueries.Activity activity) {
	}

	private final Reports reports;
	private final ReportScopes scopes;
	private final AuditTrail audit;

	ReportsApiController(Reports reports, ReportScopes scopes, AuditTrail audit) {
		this.reports = reports;
		this.scopes = scopes;
		this.audit = audit;
	}

	/** Like a download from the pages, each answer is in the audit trail. */
	private ReportScope scope(AccountUser user, ReportForm form, String report) {
		ReportScope scope = scopes.resolve(user, form);
		audit.record(user.id(), user.role().name(), AuditTrail.Action.READ, "export: api " + report, null, null);
		return scope;
	}

	@Operation(summary = "Program results (the C-RECS results table) for a period",
			description = "Parameters: from, to (ISO dates, both included), program (administrators), coach.")
	@GetMapping("/program-results")
	ProgramResultsResponse programResults(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute ReportForm form) {
		ReportScope scope = scope(user, form, "program-results");
		Reports.ProgramResults r = reports.programResults(scope);
		Map<String, Long> figures = new LinkedHashMap<>();
		for (Figure f : Figure.values()) {
			figures.put(f.name().toLowerCase(Locale.ROOT), r.figures().get(f));
		}
		return new ProgramResultsResponse(scope.from(), scope.to(), scope.programId(), scope.coachId(), figures,
				r.retentionPercent(), r.titles());
	}

	@Operation(summary = "Quarterly employment outcomes (IPS) for the quarters of a period")
	@GetMapping("/quarterly")
	QuarterlyResponse quarterly(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute ReportForm form) {
		ReportScope scope = scope(user, form, "quarterly");
		Reports.Quarterly q = reports.quarterly(scope);
		return new QuarterlyResponse(scope.from(), scope.to(), scope.programId(), scope.coachId(), q.quarters(), q.bands());
	}

	@Operation(summary = "Job bank, training and employer consultation activity for a period")
	@GetMapping("/activity")
	ActivityResponse activity(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute ReportForm form) {
		ReportScope scope = scope(user, form, "activity");
		return new ActivityResponse(scope.from(), scope.to(), scope.programId(), reports.activity(scope));
	}
}
