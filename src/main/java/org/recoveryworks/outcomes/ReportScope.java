package org.recoveryworks.outcomes;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What a report covers: a date range (both days included) and one program or all, one coach or all.
 * Coaches and supervisors are always limited to what they may see; see {@link ReportScopes}.
 */
record ReportScope(LocalDate from, LocalDate to, Long programId, Long coachId) {

	/** The SQL conditions on participant {@code p} for this scope. */
	String participantCondition() {
		return (programId != null ? " and p.program_id = :programId" : "") + (coachId != null ? " and p.primary_coach_id = :coachId" : "");
	}

	/** The query parameters: the dates, the range as instants in the program's time zone, program and coach. */
	MapSqlParameterSource parameters(ZoneId zone) {
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("from", from)
			.addValue("to", to)
			.addValue("fromInstant", Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.addValue("toInstant", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
		if (programId != null) {
			params.addValue("programId", programId);
		}
		if (coachId != null) {
			params.addValue("coachId", coachId);
		}
		return params;
	}
}
