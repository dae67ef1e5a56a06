package org.recoveryworks.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The report figures, each one aggregate query run by the database. Reports read the case-record
 * tables of coaching and the job bank's tables directly, read-only: a figure over 2,000,000
 * sessions is a count in the database, not 2,000,000 objects in memory.
 */
@Repository
class ReportQueries {

	/** A program results figure: the rows it counts, and how. */
	enum Figure {
		PEOPLE_ASSISTED("count(*)", "from participant p where 1 = 1 {scope} and exists (select 1 from enrollment e"
				+ " where e.participant_id = p.id and e.enrolled_on <= :to and (e.discharged_on is null or e.discharged_on >= :from))"),
		SESSIONS("count(*)", "from coaching_session s join participant p on p.id = s.participant_id where 1 = 1 {scope}"
				+ " and s.starts_at >= :fromInstant and s.starts_at < :toInstant and s.cancelled_at is null and s.documented_at is not null"),
		JOBS_BH_FULL_TIME("count(*)", placements("and pl.behavioral_health = true and pl.full_time = true")),
		JOBS_BH_PART_TIME("count(*)", placements("and pl.behavioral_health = true and pl.full_time = false")),
		JOBS_OTHER_FULL_TIME("count(*)", placements("and pl.behavioral_health = false and pl.full_time = true")),
		JOBS_OTHER_PART_TIME("count(*)", placements("and pl.behavioral_health = false and pl.full_time = false")),
		OFF_SSI_SSDI_FOR_WORK("count(distinct p.id)", "from benefits_change b join participant p on p.id = b.participant_id"
				+ " where 1 = 1 {scope} and b.change_kind = 'STOPPED' and b.reason = 'EARNINGS_FROM_WORK'"
				+ " and b.changed_on >= :from and b.changed_on <= :to and not exists (select 1 from benefits_change b2"
				+ " where b2.participant_id = b.participant_id and b2.benefit = b.benefit and b2.change_kind <> 'STOPPED'"
				+ " and b2.changed_on > b.changed_on and b2.changed_on <= :to)"),
		EMPLOYER_BENEFITS("count(distinct p.id)",
				placements("and (pl.health_insurance = true or pl.paid_leave = true or pl.retirement = true)")),
		FOLLOW_UP_RESPONDENTS("count(*)", latestReachedFollowUp("")),
		STILL_EMPLOYED("count(*)", latestReachedFollowUp("and f.still_employed = true"));

		final String count;
		final String from;

		Figure(String count, String from) {
			this.count = count;
			this.from = from;
		}

		private static String placements(String condition) {
			return "from placement pl join participant p on p.id = pl.participant_id where 1 = 1 {scope}"
					+ " and pl.status = 'CONFIRMED' and pl.start_date >= :from and pl.start_date <= :to " + condition;
		}

		/** Each person reached for a follow-up in the range counts once, with their latest answer. */
		private static String latestReachedFollowUp(String condition) {
			return "from follow_up f join participant p on p.id = f.participant_id where 1 = 1 {scope}"
					+ " and f.outcome = 'REACHED' and f.contacted_on >= :from and f.contacted_on <= :to " + condition
					+ " and not exists (select 1 from follow_up f2 where f2.participant_id = f.participant_id"
					+ " and f2.outcome = 'REACHED' and f2.contacted_on >= :from and f2.contacted_on <= :to"
					+ " and (f2.contacted_on > f.contacted_on or (f2.contacted_on = f.contacted_on and f2.id > f.id)))";
		}

		String sql(ReportScope scope, String select) {
			return "select " + select + " " + from.replace("{scope}", scope.participantCondition());
		}
	}

	/** A job title and how many placements had it. */
	record TitleCount(String title, boolean behavioralHealth, long count) {
	}

	/** One quarter of the IPS employment outcomes. */
	record QuarterCounts(long caseload, long working, long newStarts) {
	}

	/** Job bank, training and consultation activity in a range. */
	record Activity(long postingsOpened, long employersPosting, long applications, long hires, long pageViews,
			long trainingEvents, long trainingAttendees, long staffTrainingAttendees, long consultations,
			long employersConsulted) {
	}

	/** A program, for the scope choice. */
	record ProgramOption(Long id, String name) {
	}

	/** A coach, for the scope choice. */
	record CoachOption(Long id, Long programId, String name) {
	}

	private final NamedParameterJdbcTemplate jdbc;
	/** Its zone is the deployment's, read at each use: the administrator can change it while the site runs. */
	private final java.time.Clock clock;

	ReportQueries(NamedParameterJdbcTemplate jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * All figures in five queries: the jobs in one pass over the period's placements, the
	 * follow-ups in one pass that keeps each person's latest answer. Each figure's own query (in
	 * {@link Figure}) finds the people behind it, and gives the same count.
	 */
	Map<Figure, Long> programResults(ReportScope scope) {
		Map<Figure, Long> figures = new EnumMap<>(Figure.class);
		MapSqlParameterSource params = params(scope);
		for (Figure f : List.of(Figure.PEOPLE_ASSISTED, Figure.SESSIONS, Figure.OFF_SSI_SSDI_FOR_WORK)) {
			figures.put(f, count(f.sql(scope, f.count), params));
		}
		jdbc.query("select coalesce(sum(case when pl.behavioral_health = true and pl.full_time = true then 1 else 0 end), 0),"
				+ " coalesce(sum(case when pl.behavioral_health = true and pl.full_time = false then 1 else 0 end), 0),"
				+ " coalesce(sum(case when pl.behavioral_health = false and pl.full_time = true then 1 else 0 end), 0),"
				+ " coalesce(sum(case when pl.behavioral_health = false and pl.full_time = false then 1 else 0 end), 0),"
				+ " count(distinct case when pl.health_insurance = true or pl.paid_leave = true or pl.retirement = true then p.id end) "
				+ Figure.placements("").replace("{scope}", scope.participantCondition()), params, rs -> {
					figures.put(Figure.JOBS_BH_FULL_TIME, rs.getLong(1));
					figures.put(Figure.JOBS_BH_PART_TIME, rs.getLong(2));
					figures.put(Figure.JOBS_OTHER_FULL_TIME, rs.getLong(3));
					figures.put(Figure.JOBS_OTHER_PART_TIME, rs.getLong(4));
					figures.put(Figure.EMPLOYER_BENEFITS, rs.getLong(5));
				});
		jdbc.query("select count(*), coalesce(sum(case when x.still_employed = true then 1 else 0 end), 0) from (select f.still_employed,"
				+ " row_number() over (partition by f.participant_id order by f.contacted_on desc, f.id desc) as latest"
				+ " from follow_up f join participant p on p.id = f.participant_id where 1 = 1" + scope.participantCondition()
				+ " and f.outcome = 'REACHED' and f.contacted_on >= :from and f.contacted_on <= :to) x where x.latest = 1", params, rs -> {
					figures.put(Figure.FOLLOW_UP_RESPONDENTS, rs.getLong(1));
					figures.put(Figure.STILL_EMPLOYED, rs.getLong(2));
				});
		return figures;
	}

	/**
	 * The last day, up to today, with something to report for the scope's program and coach: a documented session, the
	 * start of a confirmed job, an enrollment. Empty when there is none.
	 */
	java.util.Optional<LocalDate> lastDayWithData(ReportScope scope, LocalDate today) {
		java.time.ZoneId zone = clock.getZone();
		MapSqlParameterSource params = params(scope).addValue("today", today)
			.addValue("afterToday", java.sql.Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant()));
		String c = scope.participantCondition();
		java.sql.Timestamp session = jdbc.queryForObject("select max(s.starts_at) from coaching_session s join participant p"
				+ " on p.id = s.participant_id where s.documented_at is not null and s.cancelled_at is null and s.starts_at < :afterToday" + c,
				params, java.sql.Timestamp.class);
		LocalDate job = jdbc.queryForObject("select max(pl.start_date) from placement pl join participant p on p.id = pl.participant_id"
				+ " where pl.status = 'CONFIRMED' and pl.start_date <= :today" + c, params, LocalDate.class);
		LocalDate enrolled = jdbc.queryForObject("select max(e.enrolled_on) from enrollment e join participant p on p.id = e.participant_id"
				+ " where e.enrolled_on <= :today" + c, params, LocalDate.class);
		return java.util.stream.Stream.of(session == null ? null : session.toInstant().atZone(zone).toLocalDate(), job, enrolled)
			.filter(java.util.Objects::nonNull)
			.max(LocalDate::compareTo);
	}

	/** The participants behind a figure. */
	List<Long> participantsBehind(Figure figure, ReportScope scope) {
		return jdbc.queryForList(figure.sql(scope, "distinct p.id"), params(scope), Long.class);
	}

	List<TitleCount> jobTitles(ReportScope scope) {
		return jdbc.query("select pl.job_title, pl.behavioral_health, count(*) as n "
				+ Figure.placements("").replace("{scope}", scope.participantCondition())
				+ " group by pl.job_title, pl.behavioral_health order by n desc, pl.job_title",
				params(scope), (rs, i) -> new TitleCount(rs.getString(1), rs.getBoolean(2), rs.getLong(3)));
	}

	QuarterCounts quarter(ReportScope scope, LocalDate start, LocalDate end) {
		MapSqlParameterSource params = params(scope).addValue("qStart", start).addValue("qEnd", end);
		String caseload = " from participant p where 1 = 1" + scope.participantCondition()
				+ " and exists (select 1 from enrollment e where e.participant_id = p.id and e.enrolled_on <= :qEnd"
				+ " and (e.discharged_on is null or e.discharged_on >= :qStart))";
		String working = " and exists (select 1 from placement pl where pl.participant_id = p.id and pl.status = 'CONFIRMED'"
				+ " and pl.competitive = true and pl.start_date <= :qEnd and (pl.end_date is null or pl.end_date >= :qStart))";
		long people = jdbc.queryForObject("select count(*)" + caseload, params, Long.class);
		long employed = jdbc.queryForObject("select count(*)" + caseload + working, params, Long.class);
		long starts = jdbc.queryForObject("select count(*) from placement pl join participant p on p.id = pl.participant_id"
				+ " where pl.status = 'CONFIRMED' and pl.competitive = true and pl.start_date >= :qStart and pl.start_date <= :qEnd"
				+ scope.participantCondition(), params, Long.class);
		return new QuarterCounts(people, employed, starts);
	}

	/** Job bank activity (the whole job bank) and the program's trainings and employer consultations. */
	Activity activity(ReportScope scope) {
		MapSqlParameterSource params = params(scope);
		String programEvents = scope.programId() != null ? " and t.program_id = :programId" : "";
		String programConsultations = scope.programId() != null ? " and c.program_id = :programId" : "";
		return new Activity(
				count("select count(*) from posting where open_date >= :from and open_date <= :to", params),
				count("select count(distinct organization_id) from posting where open_date >= :from and open_date <= :to", params),
				count("select count(*) from job_application where submitted_at >= :fromInstant and submitted_at < :toInstant", params),
				count("select count(distinct application_id) from application_stage_change where stage = 'HIRED' and changed_at >= :fromInstant"
						+ " and changed_at < :toInstant", params),
				count("select count(*) from page_view where viewed_on >= :from and viewed_on <= :to", params),
				count("select count(*) from training_event t where t.held_on >= :from and t.held_on <= :to" + programEvents, params),
				count("select count(*) from training_registration r join training_event t on t.id = r.event_id"
						+ " where r.attended = true and t.held_on >= :from and t.held_on <= :to" + programEvents, params),
				count("select count(*) from training_registration r join training_event t on t.id = r.event_id"
						+ " where r.attended = true and t.audience <> 'PARTICIPANTS' and t.held_on >= :from and t.held_on <= :to" + programEvents, params),
				count("select count(*) from employer_consultation c where c.held_on >= :from and c.held_on <= :to" + programConsultations, params),
				count("select count(distinct lower(c.employer_name)) from employer_consultation c where c.held_on >= :from and c.held_on <= :to"
						+ programConsultations, params));
	}

	List<ProgramOption> programs() {
		return jdbc.query("select o.id, o.name from organization o where exists (select 1 from user_account u"
				+ " where u.organization_id = o.id and u.role in ('COACH', 'SUPERVISOR')) order by o.name",
				(rs, i) -> new ProgramOption(rs.getLong(1), rs.getString(2)));
	}

	List<CoachOption> coaches(Long programId) {
		MapSqlParameterSource params = new MapSqlParameterSource("programId", programId);
		return jdbc.query("select u.id, u.organization_id, u.display_name from user_account u where u.role in ('COACH', 'SUPERVISOR')"
				+ (programId != null ? " and u.organization_id = :programId" : "") + " order by u.display_name", params,
				(rs, i) -> new CoachOption(rs.getLong(1), rs.getLong(2), rs.getString(3)));
	}

	private long count(String sql, MapSqlParameterSource params) {
		Long n = jdbc.queryForObject(sql, params, Long.class);
		return n == null ? 0 : n;
	}

	private MapSqlParameterSource params(ReportScope scope) {
		return scope.parameters(clock.getZone());
	}

	static List<LocalDate[]> quarters(LocalDate from, LocalDate to) {
		List<LocalDate[]> quarters = new ArrayList<>();
		LocalDate start = from.withDayOfMonth(1).withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1);
		while (!start.isAfter(to)) {
			quarters.add(new LocalDate[] { start, start.plusMonths(3).minusDays(1) });
			start = start.plusMonths(3);
		}
		return quarters;
	}
}
