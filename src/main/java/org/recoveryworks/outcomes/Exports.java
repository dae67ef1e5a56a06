package org.recoveryworks.outcomes;

import org.recoveryworks.shared.Csv;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * De-identified, participant-level exports for funders: a code instead of a name (a keyed hash
 * that cannot be turned back into the record id), years instead of dates of enrollment, no contact
 * details and no free text. Rows stream from the database to the response, so an export of
 * millions of sessions never sits in memory.
 */
@Service
class Exports {


	private final NamedParameterJdbcTemplate jdbc;
	private final byte[] key;
	/** Its zone is the deployment's, read at each use: the administrator can change it while the site runs. */
	private final java.time.Clock clock;
	private final org.springframework.context.MessageSource messages;

	Exports(DataSource dataSource, org.recoveryworks.shared.DeploymentSecrets secrets, java.time.Clock clock,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(1000);
		this.jdbc = new NamedParameterJdbcTemplate(streaming);
		this.clock = clock;
		this.key = secrets.pseudonymKey().getBytes(StandardCharsets.UTF_8);
	}

	/** One row per participant assisted in the range. */
	@Transactional(readOnly = true)
	void participants(ReportScope scope, Writer out) {
		Csv csv = new Csv(out);
		csv.row(Csv.headers(messages, "participant_code", "enrolled_year", "discharged_year", "employment_status_at_intake",
				"benefits_at_intake", "sessions", "jobs_started", "competitive_jobs", "behavioral_health_jobs", "peer_role_jobs",
				"full_time_jobs", "jobs_with_employer_benefits", "highest_hourly_wage", "left_ssi_ssdi_for_work", "follow_ups_reached",
				"employed_at_last_follow_up"));
		String placements = "from placement pl where pl.participant_id = p.id and pl.status = 'CONFIRMED'"
				+ " and pl.start_date >= :from and pl.start_date <= :to";
		String sql = "select p.id, p.enrolled_on, p.discharged_on, p.employment_status, p.benefits,"
				+ " (select count(*) from coaching_session s where s.participant_id = p.id and s.starts_at >= :fromInstant"
				+ "   and s.starts_at < :toInstant and s.cancelled_at is null and s.documented_at is not null),"
				+ " (select count(*) " + placements + "),"
				+ " (select count(*) " + placements + " and pl.competitive = true),"
				+ " (select count(*) " + placements + " and pl.behavioral_health = true),"
				+ " (select count(*) " + placements + " and pl.peer_role = true),"
				+ " (select count(*) " + placements + " and pl.full_time = true),"
				+ " (select count(*) " + placements + " and (pl.health_insurance = true or pl.paid_leave = true or pl.retirement = true)),"
				+ " (select max(pl.hourly_wage) " + placements + "),"
				+ " (select count(*) from benefits_change b where b.participant_id = p.id and b.change_kind = 'STOPPED'"
				+ "   and b.reason = 'EARNINGS_FROM_WORK' and b.changed_on >= :from and b.changed_on <= :to and not exists"
				+ "   (select 1 from benefits_change b2 where b2.participant_id = b.participant_id and b2.benefit = b.benefit"
				+ "   and b2.change_kind <> 'STOPPED' and b2.changed_on > b.changed_on and b2.changed_on <= :to)),"
				+ " (select count(*) from follow_up f where f.participant_id = p.id and f.outcome = 'REACHED'"
				+ "   and f.contacted_on >= :from and f.contacted_on <= :to),"
				+ " (select f.still_employed from follow_up f where f.participant_id = p.id and f.outcome = 'REACHED'"
				+ "   and f.contacted_on >= :from and f.contacted_on <= :to order by f.contacted_on desc, f.id desc fetch first 1 rows only)"
				+ " from participant p where 1 = 1" + scope.participantCondition()
				+ " and exists (select 1 from enrollment e where e.participant_id = p.id and e.enrolled_on <= :to"
				+ " and (e.discharged_on is null or e.discharged_on >= :from)) order by p.id";
		jdbc.query(sql, params(scope), rs -> {
			java.sql.Date discharged = rs.getDate(3);
			Object employed = rs.getObject(16);
			csv.row(code(rs.getLong(1)), rs.getDate(2).toLocalDate().getYear(),
					discharged == null ? null : discharged.toLocalDate().getYear(), rs.getString(4),
					rs.getString(5).replace(',', ';'), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
					rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getBigDecimal(13), rs.getLong(14) > 0 ? "yes" : "no",
					rs.getLong(15), employed == null ? null : (rs.getBoolean(16) ? "yes" : "no"));
		});
	}

	/** One row per session held in the range: code, date, minutes, how and what kind; never the notes. */
	@Transactional(readOnly = true)
	void sessions(ReportScope scope, Writer out) {
		Csv csv = new Csv(out);
		ZoneId zone = clock.getZone();
		csv.row(Csv.headers(messages, "participant_code", "date", "minutes", "mode", "kind"));
		jdbc.query("select s.participant_id, s.starts_at, s.minutes, s.mode, s.kind from coaching_session s"
				+ " join participant p on p.id = s.participant_id where 1 = 1" + scope.participantCondition()
				+ " and s.starts_at >= :fromInstant and s.starts_at < :toInstant and s.cancelled_at is null"
				+ " and s.documented_at is not null order by s.starts_at, s.id", params(scope), rs -> {
					csv.row(code(rs.getLong(1)), rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate(), rs.getInt(3),
							rs.getString(4), rs.getString(5));
				});
	}

	/** The participant's code in exports: a keyed hash of the record id. */
	String code(long participantId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal(("participant:" + participantId).getBytes(StandardCharsets.UTF_8));
			return "P" + HexFormat.of().formatHex(digest, 0, 6).toUpperCase(java.util.Locale.ROOT);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	private MapSqlParameterSource params(ReportScope scope) {
		return scope.parameters(clock.getZone());
	}
}
