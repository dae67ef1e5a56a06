package org.recoveryworks.outcomes;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports at scale: 50,000 participants, 2,000,000 sessions and 60,000 placements (with their
 * follow-ups and SSI/SSDI changes), then each report for one year, many times, and the CSV export
 * of all sessions in a JVM whose heap is capped at 256 MB. Not part of {@code ./mvnw verify}: run
 * {@code ./mvnw -Preports-benchmark verify} with SPRING_DATASOURCE_URL pointing at an empty
 * PostgreSQL database (see README); without it, an H2 file under target/benchmark, for smaller
 * sizes. Results are printed and written to target/benchmark/reports.md.
 */
@Tag("reports-benchmark")
class ReportsBenchmarkTest extends IntegrationTest {

	static final int PARTICIPANTS = Integer.getInteger("benchmark.participants", 50_000);
	static final int SESSIONS = Integer.getInteger("benchmark.sessions", 2_000_000);
	static final int PLACEMENTS = Integer.getInteger("benchmark.placements", 60_000);
	static final int RUNS = Integer.getInteger("benchmark.runs", 20);
	static final LocalDate START = LocalDate.of(2022, 1, 1);
	static final int DAYS = 4 * 365;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		if (System.getenv("SPRING_DATASOURCE_URL") == null) {
			registry.add("spring.datasource.url", () -> "jdbc:h2:file:./target/benchmark/reports-" + ProcessHandle.current().pid()
					+ ";DB_CLOSE_ON_EXIT=FALSE");
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Exports exports;

	@Test
	void reportsForAYearAndTheSessionsExport() throws Exception {
		TestData.Program program = data.program();
		long t0 = System.nanoTime();
		generate(program);
		long generated = (System.nanoTime() - t0) / 1_000_000;

		StringBuilder report = new StringBuilder();
		report.append("Participants: ").append(count("participant")).append(", sessions: ").append(count("coaching_session"))
			.append(", placements: ").append(count("placement")).append(", follow-ups: ").append(count("follow_up"))
			.append(", SSI/SSDI changes: ").append(count("benefits_change")).append(" (generated in ").append(generated / 1000)
			.append(" s). Heap max ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB. Database: ")
			.append(jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName()).append(".\n\n");
		report.append("| report (one year, HTML unless said) | runs | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
		String year = "from=2024-01-01&to=2024-12-31";
		String[][] reports = {
				{ "program results, whole program", "/reports/program-results?" + year },
				{ "program results, one coach", "/reports/program-results?" + year + "&coach=" + program.coach().id() },
				{ "program results CSV", "/reports/program-results.csv?" + year },
				{ "program results PDF", "/reports/program-results.pdf?" + year },
				{ "quarterly outcomes", "/reports/quarterly?" + year },
				{ "quarterly outcomes PDF", "/reports/quarterly.pdf?" + year },
				{ "job bank and activities", "/reports/activity?" + year } };
		for (String[] r : reports) {
			for (int i = 0; i < 3; i++) {
				mvc.perform(get(r[1]).with(user(program.supervisor()))).andExpect(status().isOk());
			}
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < RUNS; i++) {
				long s = System.nanoTime();
				mvc.perform(get(r[1]).with(user(program.supervisor()))).andExpect(status().isOk());
				times.add((System.nanoTime() - s) / 1e6);
			}
			Collections.sort(times);
			report.append(String.format("| %s | %d | %.0f | %.0f | %.0f | %.0f |%n", r[0], RUNS, pct(times, 50), pct(times, 95),
					pct(times, 99), times.get(times.size() - 1)));
		}

		// The export of every session streams: rows go from the database to the writer as they are read.
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		AtomicLong peak = new AtomicLong(before);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		});
		sampler.start();
		CountingWriter out = new CountingWriter();
		long s = System.nanoTime();
		exports.sessions(new ReportScope(START, START.plusDays(DAYS), program.id(), null), out);
		long exportMs = (System.nanoTime() - s) / 1_000_000;
		running.set(false);
		sampler.join();
		report.append(String.format("%nSessions CSV export: %,d rows, %,d MB written in %.1f s; heap used %d MB before, at most %d MB"
				+ " during the export, in a JVM capped at %d MB.%n", out.lines - 1, out.chars / (1024 * 1024), exportMs / 1000.0,
				before / (1024 * 1024), peak.get() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024)));

		System.out.println("\n" + report);
		Path file = Path.of("target/benchmark/reports.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static double pct(List<Double> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	/** Writes participants, enrollments, sessions, placements, follow-ups and SSI/SSDI changes straight to the tables. */
	private void generate(TestData.Program program) {
		Random random = new Random(42);
		Long[] coaches = { program.coach().id(), program.otherCoach().id() };
		Instant now = Instant.now(clock);
		long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from participant", Long.class) + 1;
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < PARTICIPANTS; i++) {
			LocalDate enrolled = START.plusDays(random.nextInt(DAYS - 60));
			LocalDate discharged = random.nextInt(3) == 0 ? enrolled.plusDays(60 + random.nextInt(500)) : null;
			rows.add(new Object[] { firstId + i, program.id(), coaches[i % 2], "Benchmark Person " + i, Date.valueOf(enrolled),
					random.nextBoolean() ? "UNEMPLOYED_LOOKING" : "EMPLOYED_PART_TIME", i % 3 == 0 ? "SSI" : "NONE",
					discharged == null ? "ACTIVE" : "DISCHARGED", discharged == null ? null : Date.valueOf(discharged),
					Timestamp.from(now) });
		}
		batch("insert into participant (id, program_id, primary_coach_id, full_name, enrolled_on, employment_status, benefits,"
				+ " status, discharged_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		jdbc.execute(restartIdentity("participant", firstId + PARTICIPANTS));
		batch("insert into enrollment (participant_id, enrolled_on, discharged_on) values (?, ?, ?)",
				rows.stream().map(r -> new Object[] { r[0], r[4], r[8] }).toList());

		ZoneId zone = clock.getZone();
		List<Object[]> sessions = new ArrayList<>();
		for (int j = 0; j < SESSIONS; j++) {
			int person = random.nextInt(PARTICIPANTS);
			LocalDate enrolled = ((Date) rows.get(person)[4]).toLocalDate();
			Instant at = enrolled.plusDays(random.nextInt(400)).atTime(9 + random.nextInt(8), 0).atZone(zone).toInstant();
			sessions.add(new Object[] { firstId + person, coaches[person % 2], Timestamp.from(at), 30 + 15 * random.nextInt(4),
					"IN_PERSON", "WORK_LIFE_COACHING", Timestamp.from(at), random.nextInt(50) == 0 ? Timestamp.from(at) : null });
			if (sessions.size() == 20_000) {
				batch("insert into coaching_session (participant_id, coach_id, starts_at, minutes, mode, kind, documented_at,"
						+ " cancelled_at) values (?, ?, ?, ?, ?, ?, ?, ?)", sessions);
				sessions.clear();
			}
		}
		batch("insert into coaching_session (participant_id, coach_id, starts_at, minutes, mode, kind, documented_at,"
				+ " cancelled_at) values (?, ?, ?, ?, ?, ?, ?, ?)", sessions);

		long firstPlacement = jdbc.queryForObject("select coalesce(max(id), 0) from placement", Long.class) + 1;
		List<Object[]> placements = new ArrayList<>();
		List<Object[]> followUps = new ArrayList<>();
		for (int k = 0; k < PLACEMENTS; k++) {
			int person = random.nextInt(PARTICIPANTS);
			LocalDate start = ((Date) rows.get(person)[4]).toLocalDate().plusDays(30 + random.nextInt(300));
			LocalDate end = random.nextInt(3) == 0 ? start.plusDays(30 + random.nextInt(400)) : null;
			boolean bh = random.nextBoolean();
			boolean fullTime = random.nextInt(3) == 0;
			double wage = 14 + random.nextInt(1200) / 100.0;
			placements.add(new Object[] { firstPlacement + k, firstId + person, "CONFIRMED", bh ? "Shoreline Recovery Center" : "Riverside Grocery",
					bh ? "Peer Support Specialist" : "Cashier", bh, bh && random.nextBoolean(), fullTime, fullTime ? 40 : 20, wage,
					random.nextInt(8) == 0, random.nextInt(5) == 0, false, true, "CT", wage >= 16.94, Date.valueOf(start),
					end == null ? null : Date.valueOf(end), end == null ? null : "QUIT", random.nextBoolean(), Timestamp.from(now) });
			for (int months : new int[] { 6, 12, 24 }) {
				LocalDate due = start.plusMonths(months);
				boolean past = due.isBefore(LocalDate.now(clock));
				boolean reached = past && random.nextInt(3) > 0;
				followUps.add(new Object[] { firstPlacement + k, firstId + person, months, Date.valueOf(due),
						past ? (reached ? "REACHED" : "NOT_REACHED") : "DUE", past ? Date.valueOf(due.plusDays(random.nextInt(20))) : null,
						reached ? random.nextInt(10) < 7 : null });
			}
		}
		batch("insert into placement (id, participant_id, status, employer_name, job_title, behavioral_health, peer_role, full_time,"
				+ " hours_per_week, hourly_wage, health_insurance, paid_leave, retirement, open_to_anyone, state, competitive,"
				+ " start_date, end_date, end_reason, via_job_bank, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?, ?, ?, ?)", placements);
		jdbc.execute(restartIdentity("placement", firstPlacement + PLACEMENTS));
		batch("insert into follow_up (placement_id, participant_id, months, due_on, outcome, contacted_on, still_employed)"
				+ " values (?, ?, ?, ?, ?, ?, ?)", followUps);
		List<Object[]> changes = new ArrayList<>();
		for (int b = 0; b < PARTICIPANTS / 5; b++) {
			int person = random.nextInt(PARTICIPANTS);
			changes.add(new Object[] { firstId + person, Date.valueOf(START.plusDays(random.nextInt(DAYS))), random.nextBoolean() ? "SSI" : "SSDI",
					random.nextInt(3) == 0 ? "RESUMED" : "STOPPED", random.nextBoolean() ? "EARNINGS_FROM_WORK" : "OTHER", Timestamp.from(now) });
		}
		batch("insert into benefits_change (participant_id, changed_on, benefit, change_kind, reason, created_at) values (?, ?, ?, ?, ?, ?)",
				changes);
		// Fresh statistics and visibility maps, as a production database keeps them by itself.
		boolean postgres = System.getenv("SPRING_DATASOURCE_URL") != null && System.getenv("SPRING_DATASOURCE_URL").contains("postgresql");
		jdbc.execute(postgres ? "vacuum analyze" : "analyze");
	}

	private String restartIdentity(String table, long next) {
		return "alter table " + table + " alter column id restart with " + next;
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int i = 0; i < rows.size(); i += 5_000) {
			jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 5_000)));
		}
	}

	/** Counts what is written and keeps none of it. */
	private static final class CountingWriter extends Writer {
		long chars;
		long lines;

		@Override
		public void write(char[] buffer, int off, int len) {
			chars += len;
			for (int i = off; i < off + len; i++) {
				if (buffer[i] == '\n') {
					lines++;
				}
			}
		}

		@Override
		public void write(String s, int off, int len) {
			chars += len;
			for (int i = off; i < off + len; i++) {
				if (s.charAt(i) == '\n') {
					lines++;
				}
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	}
}
