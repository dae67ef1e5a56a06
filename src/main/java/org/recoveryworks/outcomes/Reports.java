package org.recoveryworks.outcomes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.coaching.CaseFiles.ParticipantRef;
import org.recoveryworks.outcomes.ReportQueries.Figure;
import org.recoveryworks.shared.BarChart;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reports: program results (the C-RECS table), IPS quarterly outcomes, and activity. */
@Service
class Reports {

	/** The program results: every figure of the C-RECS results table. */
	record ProgramResults(ReportScope scope, Map<Figure, Long> figures, List<ReportQueries.TitleCount> titles) {

		public long get(String figure) {
			return figures.get(Figure.valueOf(figure));
		}

		public long jobsInBehavioralHealth() {
			return figures.get(Figure.JOBS_BH_FULL_TIME) + figures.get(Figure.JOBS_BH_PART_TIME);
		}

		public long jobsOutside() {
			return figures.get(Figure.JOBS_OTHER_FULL_TIME) + figures.get(Figure.JOBS_OTHER_PART_TIME);
		}

		/** Still employed among those reached, as a whole percentage; null when no one was reached. */
		public Long retentionPercent() {
			long respondents = figures.get(Figure.FOLLOW_UP_RESPONDENTS);
			return respondents == 0 ? null : Math.round(100.0 * figures.get(Figure.STILL_EMPLOYED) / respondents);
		}
	}

	/** One quarter of the IPS outcomes with its benchmark band. */
	record Quarter(String label, LocalDate start, LocalDate end, long caseload, long working, long newStarts,
			double ratePercent, String band) {

		public String rate() {
			return String.format(Locale.ROOT, "%.1f", ratePercent);
		}
	}

	record Quarterly(ReportScope scope, List<Quarter> quarters, List<OutcomesSettings.Band> bands) {
	}

	/** A person behind a figure, for staff who may open their record. */
	record PersonRow(Long id, String name) {
	}

	private final ReportQueries queries;
	private final OutcomesSettings settings;
	private final CaseFiles caseFiles;
	private final MessageSource messages;

	Reports(ReportQueries queries, OutcomesSettings settings, CaseFiles caseFiles, MessageSource messages) {
		this.queries = queries;
		this.settings = settings;
		this.caseFiles = caseFiles;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	ProgramResults programResults(ReportScope scope) {
		return new ProgramResults(scope, queries.programResults(scope), queries.jobTitles(scope));
	}

	@Transactional(readOnly = true)
	Quarterly quarterly(ReportScope scope) {
		List<Quarter> quarters = new ArrayList<>();
		for (LocalDate[] q : ReportQueries.quarters(scope.from(), scope.to())) {
			ReportQueries.QuarterCounts c = queries.quarter(scope, q[0], q[1]);
			double rate = c.caseload() == 0 ? 0 : 100.0 * c.working() / c.caseload();
			quarters.add(new Quarter(q[0].getYear() + " Q" + ((q[0].getMonthValue() - 1) / 3 + 1), q[0], q[1], c.caseload(),
					c.working(), c.newStarts(), rate, bandName(settings.bandOf(rate))));
		}
		return new Quarterly(scope, quarters, settings.employmentRateBands().stream()
			.map(b -> new OutcomesSettings.Band(bandName(b), b.fromPercent())).toList());
	}

	/** A band's name in the reader's language when it is one of the shipped bands (a message key), else as configured. */
	private String bandName(OutcomesSettings.Band band) {
		return messages.getMessage(band.name(), null, band.name(), LocaleContextHolder.getLocale());
	}

	@Transactional(readOnly = true)
	ReportQueries.Activity activity(ReportScope scope) {
		return queries.activity(scope);
	}

	/** The people behind a figure that this staff member may open; each one shown is an audited read. */
	@Transactional
	List<PersonRow> peopleBehind(AccountUser staff, Figure figure, ReportScope scope) {
		Set<Long> behind = Set.copyOf(queries.participantsBehind(figure, scope));
		List<PersonRow> rows = new ArrayList<>();
		for (ParticipantRef p : caseFiles.visibleTo(staff)) {
			if (behind.contains(p.id())) {
				caseFiles.audit(staff, AuditTrail.Action.READ, "report: " + figure.name().toLowerCase(Locale.ROOT), p.id(), p.id());
				rows.add(new PersonRow(p.id(), p.name()));
			}
		}
		return rows;
	}

	BarChart placementsChart(ProgramResults r) {
		List<String> labels = List.of(text("report.chart.bhFull"), text("report.chart.bhPart"), text("report.chart.otherFull"),
				text("report.chart.otherPart"));
		List<Double> values = List.of(Figure.JOBS_BH_FULL_TIME, Figure.JOBS_BH_PART_TIME, Figure.JOBS_OTHER_FULL_TIME,
				Figure.JOBS_OTHER_PART_TIME).stream().map(f -> (double) r.figures().get(f)).toList();
		String summary = text("report.chart.placements.summary", r.figures().get(Figure.JOBS_BH_FULL_TIME),
				r.figures().get(Figure.JOBS_BH_PART_TIME), r.figures().get(Figure.JOBS_OTHER_FULL_TIME),
				r.figures().get(Figure.JOBS_OTHER_PART_TIME));
		return BarChart.of("placements-chart", text("report.chart.placements"), summary, labels, values, "", 0);
	}

	BarChart employmentRateChart(Quarterly q) {
		List<String> labels = q.quarters().stream().map(Quarter::label).toList();
		List<Double> values = q.quarters().stream().map(Quarter::ratePercent).toList();
		String summary = q.quarters().isEmpty() ? text("report.chart.rate.empty")
				: text("report.chart.rate.summary", q.quarters().stream().map(x -> x.label() + ": " + x.rate() + "%")
					.collect(Collectors.joining("; ")));
		return BarChart.of("rate-chart", text("report.chart.rate"), summary, labels, values, "%", 100);
	}

	String scopeText(ReportScope scope) {
		DateTimeFormatter f = DateTimeFormatter.ISO_LOCAL_DATE;
		String who = scope.programId() == null ? text("report.scope.allPrograms")
				: queries.programs().stream().filter(p -> p.id().equals(scope.programId())).map(ReportQueries.ProgramOption::name)
					.findFirst().orElse(text("report.scope.program"));
		if (scope.coachId() != null) {
			who += ", " + queries.coaches(scope.programId()).stream().filter(c -> c.id().equals(scope.coachId()))
				.map(ReportQueries.CoachOption::name).findFirst().orElse("");
		}
		return text("report.scope", who, f.format(scope.from()), f.format(scope.to()));
	}

	/** See {@link ReportQueries#lastDayWithData}. */
	java.util.Optional<LocalDate> lastDayWithData(ReportScope scope, LocalDate today) {
		return queries.lastDayWithData(scope, today);
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
