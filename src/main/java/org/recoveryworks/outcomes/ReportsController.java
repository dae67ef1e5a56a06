package org.recoveryworks.outcomes;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.outcomes.ReportQueries.Figure;
import org.recoveryworks.shared.Csv;
import org.recoveryworks.shared.pdf.PdfPages;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The reports as pages, CSV and PDF. The same choices (range, program, coach) serve all three;
 * bad choices re-show the page with the fields marked, and a download with bad choices goes back
 * to the page.
 */
@Controller
class ReportsController {

	private final Reports reports;
	private final ReportScopes scopes;
	private final Exports exports;
	private final SmartValidator validator;
	private final AuditTrail audit;
	private final Clock clock;
	private final PdfPages pdfPages;
	private final MessageSource messages;

	ReportsController(Reports reports, ReportScopes scopes, Exports exports, SmartValidator validator, AuditTrail audit,
			Clock clock, PdfPages pdfPages, MessageSource messages) {
		this.pdfPages = pdfPages;
		this.messages = messages;
		this.audit = audit;
		this.reports = reports;
		this.scopes = scopes;
		this.exports = exports;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String index() {
		return "redirect:/reports/program-results";
	}

	@GetMapping("/reports/program-results")
	String programResults(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model) {
		ReportScope scope = scope(user, form, result, model);
		if (scope != null) {
			Reports.ProgramResults r = reports.programResults(scope);
			model.addAttribute("results", r);
			model.addAttribute("chart", reports.placementsChart(r));
			model.addAttribute("mayOpenRecords", ReportScopes.mayOpenRecords(user));
		}
		return "outcomes/program-results";
	}

	@GetMapping("/reports/program-results/people")
	String peopleBehind(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") ReportForm form,
			BindingResult result, @RequestParam(required = false) Figure figure, Model model) {
		ReportScope scope = scope(user, form, result, model);
		if (scope == null || figure == null || !ReportScopes.mayOpenRecords(user)) {
			return "redirect:/reports/program-results" + (form.getFrom() != null && form.getTo() != null ? "?" + form.query() : "");
		}
		model.addAttribute("figure", figure);
		model.addAttribute("people", reports.peopleBehind(user, figure, scope));
		return "outcomes/people-behind";
	}

	@GetMapping("/reports/quarterly")
	String quarterly(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model) {
		ReportScope scope = scope(user, form, result, model);
		if (scope != null) {
			Reports.Quarterly q = reports.quarterly(scope);
			model.addAttribute("quarterly", q);
			model.addAttribute("chart", reports.employmentRateChart(q));
		}
		return "outcomes/quarterly";
	}

	@GetMapping("/reports/activity")
	String activity(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model) {
		ReportScope scope = scope(user, form, result, model);
		if (scope != null) {
			model.addAttribute("activity", reports.activity(scope));
		}
		return "outcomes/activity";
	}

	@GetMapping("/reports/program-results.csv")
	Object programResultsCsv(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model, HttpServletResponse response) throws IOException {
		return download(user, form, result, model, response, "program-results", "program-results.csv", (scope, out) -> {
			Reports.ProgramResults r = reports.programResults(scope);
			Csv csv = new Csv(out).row(Csv.headers(messages, "measure", "value")).row("period_from", scope.from()).row("period_to", scope.to());
			for (String[] line : programResultLines(r)) {
				csv.row(line[0], line[1]);
			}
			for (ReportQueries.TitleCount t : r.titles()) {
				csv.row("job_title:" + (t.behavioralHealth() ? "behavioral_health:" : "other:") + t.title(), t.count());
			}
		});
	}

	@GetMapping("/reports/program-results.pdf")
	Object programResultsPdf(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model) {
		ReportScope scope = scope(user, form, result, model);
		if (scope == null) {
			return "redirect:/reports/program-results";
		}
		Reports.ProgramResults r = reports.programResults(scope);
		return pdf(user, "outcomes/pdf/program-results", "program-results.pdf",
				Map.of("scopeText", reports.scopeText(scope), "results", r, "chart", reports.placementsChart(r)));
	}

	@GetMapping("/reports/quarterly.csv")
	Object quarterlyCsv(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model, HttpServletResponse response) throws IOException {
		return download(user, form, result, model, response, "quarterly", "quarterly-outcomes.csv", (scope, out) -> {
			Csv csv = new Csv(out).row(Csv.headers(messages, "quarter", "start", "end", "caseload", "working_in_competitive_jobs",
					"employment_rate_percent", "band", "new_job_starts"));
			for (Reports.Quarter q : reports.quarterly(scope).quarters()) {
				csv.row(q.label(), q.start(), q.end(), q.caseload(), q.working(), q.rate(), q.band(), q.newStarts());
			}
		});
	}

	@GetMapping("/reports/quarterly.pdf")
	Object quarterlyPdf(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model) {
		ReportScope scope = scope(user, form, result, model);
		if (scope == null) {
			return "redirect:/reports/quarterly";
		}
		Reports.Quarterly q = reports.quarterly(scope);
		return pdf(user, "outcomes/pdf/quarterly", "quarterly-outcomes.pdf",
				Map.of("scopeText", reports.scopeText(scope), "quarterly", q, "chart", reports.employmentRateChart(q)));
	}

	@GetMapping("/reports/activity.csv")
	Object activityCsv(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model, HttpServletResponse response) throws IOException {
		return download(user, form, result, model, response, "activity", "activity.csv", (scope, out) -> {
			Csv csv = new Csv(out).row(Csv.headers(messages, "measure", "value"));
			for (String[] line : activityLines(reports.activity(scope))) {
				csv.row(line[0], line[1]);
			}
		});
	}

	@GetMapping("/reports/activity.pdf")
	Object activityPdf(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model) {
		ReportScope scope = scope(user, form, result, model);
		if (scope == null) {
			return "redirect:/reports/activity";
		}
		return pdf(user, "outcomes/pdf/activity", "activity.pdf",
				Map.of("scopeText", reports.scopeText(scope), "activity", reports.activity(scope)));
	}

	@GetMapping("/reports/export/participants.csv")
	Object participantsCsv(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model, HttpServletResponse response) throws IOException {
		if (!ReportScopes.mayOpenRecords(user)) {
			throw new AccessDeniedException("Participant-level files are for the program's own staff");
		}
		return download(user, form, result, model, response, "program-results", "participants-deidentified.csv", exports::participants);
	}

	@GetMapping("/reports/export/sessions.csv")
	Object sessionsCsv(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") ReportForm form,
			BindingResult result, Model model, HttpServletResponse response) throws IOException {
		if (!ReportScopes.mayOpenRecords(user)) {
			throw new AccessDeniedException("Participant-level files are for the program's own staff");
		}
		return download(user, form, result, model, response, "program-results", "sessions-deidentified.csv", exports::sessions);
	}

	/** measure key, value (the CSV's rows; the page and the PDF label them from the bundle) */
	private List<String[]> programResultLines(Reports.ProgramResults r) {
		List<String[]> lines = new ArrayList<>();
		for (Figure f : Figure.values()) {
			lines.add(new String[] { f.name().toLowerCase(java.util.Locale.ROOT), String.valueOf(r.figures().get(f)) });
		}
		lines.add(new String[] { "jobs_behavioral_health", String.valueOf(r.jobsInBehavioralHealth()) });
		lines.add(new String[] { "jobs_outside_behavioral_health", String.valueOf(r.jobsOutside()) });
		lines.add(new String[] { "retention_percent", r.retentionPercent() == null ? "" : String.valueOf(r.retentionPercent()) });
		return lines;
	}

	private List<String[]> activityLines(ReportQueries.Activity a) {
		return List.of(
				new String[] { "postings_opened", String.valueOf(a.postingsOpened()) },
				new String[] { "employers_posting", String.valueOf(a.employersPosting()) },
				new String[] { "applications", String.valueOf(a.applications()) },
				new String[] { "hires", String.valueOf(a.hires()) },
				new String[] { "job_page_views", String.valueOf(a.pageViews()) },
				new String[] { "training_events", String.valueOf(a.trainingEvents()) },
				new String[] { "training_attendees", String.valueOf(a.trainingAttendees()) },
				new String[] { "staff_training_attendees", String.valueOf(a.staffTrainingAttendees()) },
				new String[] { "employer_consultations", String.valueOf(a.consultations()) },
				new String[] { "employers_consulted", String.valueOf(a.employersConsulted()) });
	}

	/**
	 * The scope for valid choices; null after marking the fields (the page shows them). Without dates, this year so far;
	 * or, when this year has nothing yet, the last year that has something to report (a report never opens on zeros
	 * when there are figures to show).
	 */
	private ReportScope scope(AccountUser user, ReportForm form, BindingResult result, Model model) {
		LocalDate today = LocalDate.now(clock);
		boolean chosen = form.getFrom() != null || form.getTo() != null || result.hasErrors();
		if (!chosen) {
			form.setFrom(today.withDayOfYear(1));
			form.setTo(today);
		}
		validator.validate(form, result);
		model.addAttribute("programs", scopes.programs(user));
		model.addAttribute("coaches", scopes.coaches(user, form.getProgram()));
		if (result.hasErrors()) {
			return null;
		}
		return Refusals.attempt(result, () -> scopes.resolve(user, form)).map(scope -> {
			ReportScope shown = scope;
			LocalDate last = chosen ? null : reports.lastDayWithData(scope, today).orElse(null);
			if (last != null && last.isBefore(scope.from())) {
				form.setFrom(last.withDayOfYear(1));
				form.setTo(last.withDayOfYear(last.lengthOfYear()));
				shown = new ReportScope(form.getFrom(), form.getTo(), scope.programId(), scope.coachId());
			}
			model.addAttribute("scopeText", reports.scopeText(shown));
			return shown;
		}).orElse(null);
	}

	private Object download(AccountUser user, ReportForm form, BindingResult result, Model model, HttpServletResponse response,
			String page, String fileName, BiConsumer<ReportScope, Writer> write) throws IOException {
		ReportScope scope = scope(user, form, result, model);
		if (scope == null) {
			return "redirect:/reports/" + page;
		}
		exported(user, fileName);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		write.accept(scope, out);
		out.flush();
		return null;
	}

	/** Every download is noted in the audit trail: who took which file, when, from where. */
	private void exported(AccountUser user, String fileName) {
		audit.record(user.id(), user.role().name(), AuditTrail.Action.READ, "export: " + fileName, null, null);
	}

	/** The report as a PDF page (shared.pdf.PdfPages), in the reader's language, with the figures the page shows. */
	private ResponseEntity<byte[]> pdf(AccountUser user, String template, String fileName, Map<String, ?> model) {
		byte[] bytes = pdfPages.render(template, model);
		exported(user, fileName);
		return PdfPages.attachment(bytes, fileName);
	}
}
