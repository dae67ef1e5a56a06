package org.recoveryworks.outcomes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** The report choices: a date range, a program (administrators) and a coach. */
class ReportForm {

	static final int MAX_YEARS = 10;

	@NotNull(message = "{report.from.required}")
	@org.recoveryworks.shared.ReasonableDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@NotNull(message = "{report.to.required}")
	@org.recoveryworks.shared.ReasonableDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private Long program;

	private Long coach;

	@AssertTrue(message = "{report.range.order}")
	public boolean isRangeInOrder() {
		return from == null || to == null || !to.isBefore(from);
	}

	@AssertTrue(message = "{report.range.tooLong}")
	public boolean isRangeShortEnough() {
		return from == null || to == null || ChronoUnit.YEARS.between(from, to) < MAX_YEARS;
	}

	public LocalDate getFrom() { return from; }
	public void setFrom(LocalDate v) { this.from = v; }
	public LocalDate getTo() { return to; }
	public void setTo(LocalDate v) { this.to = v; }
	public Long getProgram() { return program; }
	public void setProgram(Long v) { this.program = v; }
	public Long getCoach() { return coach; }
	public void setCoach(Long v) { this.coach = v; }

	/** The query string that asks for the same report (for the download links). */
	public String query() {
		return "from=" + from + "&to=" + to + (program != null ? "&program=" + program : "") + (coach != null ? "&coach=" + coach : "");
	}
}
