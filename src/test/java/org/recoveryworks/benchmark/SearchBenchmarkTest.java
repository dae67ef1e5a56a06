package org.recoveryworks.benchmark;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.recoveryworks.demo.DataGenerator;
import org.recoveryworks.jobs.JobBankLoader;
import org.recoveryworks.shared.geo.Places;
import org.recoveryworks.shared.geo.Places.ZipCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Writes generated postings through the application (the data generator, {@code DataGenerator}) into an H2 file
 * database and a Lucene index on disk under target/benchmark (kept, so later runs and the start-up benchmark reuse
 * them), then measures search latency (p50, p95, p99) and throughput for the API and the search page at 1, 8 and 32
 * concurrent clients, and the same queries straight against the Lucene index ({@link RawLuceneSearch}), the limit.
 * Not part of {@code ./mvnw verify}: run it with {@code ./mvnw -Pbenchmark verify} (see README). Results are printed
 * and written to target/benchmark/search-N.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=${benchmark.jdbcUrl:" + SearchBenchmarkTest.H2 + "}",
		"spring.datasource.username=${benchmark.jdbcUser:sa}", "spring.datasource.password=${benchmark.jdbcPassword:}",
		"spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
		"spring.jpa.properties.hibernate.search.backend.directory.root=./target/benchmark/index-${benchmark.postings:100000}" })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SearchBenchmarkTest {

	static final int POSTINGS = Integer.getInteger("benchmark.postings", 100_000);
	static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmupSeconds", 10));
	static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));
	static final String LABEL = "B42";
	/** The database, unless -Dbenchmark.jdbcUrl= (with -Dbenchmark.jdbcUser=, -Dbenchmark.jdbcPassword=) names another. */
	static final String H2 = "jdbc:h2:file:./target/benchmark/db-${benchmark.postings:100000};AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";

	static final String[] WORDS = { "peer support", "recovery", "driver", "cashier", "warehouse", "counselor", "coach",
			"library", "office", "mentor", "kitchen", "nurse", "housing", "outreach", "specialist", "part time" };
	static final String[] TYPES = { "FULL_TIME", "PART_TIME", "TEMPORARY", "PER_DIEM" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	DataGenerator generator;

	@Autowired
	JobBankLoader jobBank;

	@Autowired
	Places places;

	/** The application's clock: "today" for the generated postings, the SQL count and the raw index is the application's. */
	@Autowired
	Clock clock;

	record Stats(String target, int clients, long requests, double seconds, double p50, double p95, double p99, long errors) {

		double throughput() {
			return requests / seconds;
		}
	}

	/** One client's way of sending a search: true when it was answered. */
	interface Request extends AutoCloseable {
		boolean send(Map<String, String> params) throws Exception;

		@Override
		default void close() {
		}
	}

	/** A target opens one client per client thread. */
	interface Target {
		Request open();
	}

	@Test
	void searchLatencyAndThroughput() throws Exception {
		List<ZipCode> zips = places.zipCodes("CT");
		StringBuilder report = new StringBuilder();
		long existing = jdbc.queryForObject("select count(*) from posting where recruitment_number like '" + LABEL + "-%'", Long.class);
		if (existing == 0) {
			DataGenerator.Summary summary = generator.generate(DataGenerator.Sizes.postingsOnly(POSTINGS), 42, LocalDate.now(clock), "CT", LABEL);
			// A duration, measured on the monotonic timer: no time of day is read.
			long closing = System.nanoTime();
			int closed = jobBank.closeExpired();
			report.append("Generated now: ").append(summary.describe()).append(" Closed the ").append(closed)
				.append(" whose close date had passed in ").append(Duration.ofNanos(System.nanoTime() - closing).toSeconds()).append(" s.\n\n");
		}
		else if (existing != POSTINGS) {
			throw new IllegalStateException("target/benchmark holds " + existing + " generated postings, not " + POSTINGS
					+ ": delete target/benchmark/*-" + POSTINGS + "* and run again");
		}
		else {
			report.append("Reused the postings generated by an earlier run.\n\n");
		}
		Search.mapping(entityManagerFactory).scope(Object.class).workspace().flush();
		Path indexDirectory = Path.of("target/benchmark/index-" + POSTINGS, "posting");
		java.sql.Date today = java.sql.Date.valueOf(LocalDate.now(clock));
		long listed = jdbc.queryForObject("select count(*) from posting where status = 'PUBLISHED' and organization_verified = true"
				+ " and open_date <= ? and (close_date is null or close_date >= ?)", Long.class, today, today);
		report.append("Postings: ").append(jdbc.queryForObject("select count(*) from posting", Long.class)).append(" (").append(listed)
			.append(" open today); index on disk: ").append(size(indexDirectory) / (1024 * 1024)).append(" MB\n\n");

		Analyzer analyzer = Search.mapping(entityManagerFactory).indexManager("posting").unwrap(LuceneIndexManager.class).searchAnalyzer();
		List<Stats> results = new ArrayList<>();
		try (RawLuceneSearch raw = new RawLuceneSearch(indexDirectory, analyzer, places)) {
			report.append(agreement(raw, zips)).append("\n\n");
			Map<String, Target> targets = new LinkedHashMap<>();
			targets.put("/api/v1/jobs", () -> over(new LoadClient("localhost", port), "/api/v1/jobs"));
			targets.put("/jobs", () -> over(new LoadClient("localhost", port), "/jobs"));
			targets.put("Lucene index", () -> params -> raw.search(params, LocalDate.now(clock)) != null);
			for (Map.Entry<String, Target> target : targets.entrySet()) {
				run(target.getKey(), target.getValue(), 8, WARM_UP, zips);
				for (int clients : new int[] { 1, 8, 32 }) {
					results.add(run(target.getKey(), target.getValue(), clients, MEASURE, zips));
				}
			}
		}

		report.append("| target | clients | requests | req/s | p50 ms | p95 ms | p99 ms | errors | share of the index's req/s |\n")
			.append("|---|---|---|---|---|---|---|---|---|\n");
		for (Stats s : results) {
			Stats limit = results.stream().filter(r -> r.target().equals("Lucene index") && r.clients() == s.clients()).findFirst().orElseThrow();
			report.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %d | %.0f%% |%n", s.target(), s.clients(),
					s.requests(), s.throughput(), s.p50(), s.p95(), s.p99(), s.errors(), 100 * s.throughput() / limit.throughput()));
		}
		Path out = Path.of("target/benchmark/search-" + POSTINGS + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println("\n" + report);
	}

	/** The raw queries are the application's: the same total for each of 100 queries of the mix. */
	private String agreement(RawLuceneSearch raw, List<ZipCode> zips) throws Exception {
		Random random = new Random(7);
		int same = 0;
		List<String> different = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			Map<String, String> params = query(random, zips);
			String body;
			try (LoadClient client = new LoadClient("localhost", port)) {
				body = new String(client.get("/api/v1/jobs?" + queryString(params)).body(), StandardCharsets.UTF_8);
			}
			Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(body);
			long app = m.find() ? Long.parseLong(m.group(1)) : -1;
			long lucene = raw.search(params, LocalDate.now(clock)).total();
			if (app == lucene) {
				same++;
			}
			else if (different.size() < 5) {
				different.add(params + ": app " + app + ", index " + lucene);
			}
		}
		return "Same total hits from the application and the raw index for " + same + " of 100 queries"
				+ (different.isEmpty() ? "." : "; differing: " + different);
	}

	private static Request over(LoadClient client, String path) {
		return new Request() {
			@Override
			public boolean send(Map<String, String> params) throws Exception {
				return client.get(path + "?" + queryString(params)).status() == 200;
			}

			@Override
			public void close() {
				client.close();
			}
		};
	}

	private static String queryString(Map<String, String> params) {
		return params.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private Stats run(String target, Target opener, int clients, Duration duration, List<ZipCode> zips) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + duration.toNanos();
		AtomicInteger errors = new AtomicInteger();
		List<Future<List<Long>>> futures = new ArrayList<>();
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			int seed = c;
			futures.add(pool.submit(() -> {
				// The same query sequence for every target.
				Random random = new Random(seed * 31L);
				List<Long> latencies = new ArrayList<>();
				try (Request request = opener.open()) {
					while (System.nanoTime() < end) {
						Map<String, String> params = query(random, zips);
						long t0 = System.nanoTime();
						boolean ok = request.send(params);
						latencies.add(System.nanoTime() - t0);
						if (!ok) {
							errors.incrementAndGet();
						}
					}
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> f : futures) {
			all.addAll(f.get());
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		Collections.sort(all);
		return new Stats(target, clients, all.size(), seconds, pct(all, 50), pct(all, 95), pct(all, 99), errors.get());
	}

	private static double pct(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	/** A realistic mix: words, a ZIP or town with a radius, sometimes filters or another sort. */
	private static Map<String, String> query(Random random, List<ZipCode> zips) {
		Map<String, String> params = new LinkedHashMap<>();
		if (random.nextInt(10) < 8) {
			params.put("q", WORDS[random.nextInt(WORDS.length)]);
		}
		if (random.nextInt(10) < 6) {
			ZipCode zip = zips.get(random.nextInt(zips.size()));
			params.put("zip", random.nextBoolean() ? zip.zip() : zip.town());
			params.put("radius", String.valueOf(new int[] { 10, 25, 50 }[random.nextInt(3)]));
		}
		if (random.nextInt(10) < 3) {
			params.put("type", TYPES[random.nextInt(TYPES.length)]);
		}
		if (random.nextInt(10) < 2) {
			params.put("peer", "true");
		}
		if (random.nextInt(10) < 2) {
			params.put("sort", new String[] { "NEWEST", "SALARY", "CLOSING" }[random.nextInt(3)]);
		}
		if (random.nextInt(10) < 2) {
			params.put("page", String.valueOf(2 + random.nextInt(3)));
		}
		return params;
	}

	private static long size(Path directory) throws IOException {
		try (var files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
	}
}
