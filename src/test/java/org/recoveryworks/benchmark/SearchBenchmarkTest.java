package org.recoveryworks.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads 100,000 generated postings and measures search latency (p50, p95, p99) and throughput
 * for the search page and the API at 1, 8 and 32 concurrent clients. Not part of
 * {@code ./mvnw verify}: run it with {@code ./mvnw -Pbenchmark verify} (see README). Results are
 * printed and written to target/benchmark/search.md.
 */
@Tag("benchmark")
class SearchBenchmarkTest extends IntegrationTest {

	static final int POSTINGS = Integer.getInteger("benchmark.postings", 100_000);
	static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmupSeconds", 10));
	static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));

	static final String[] TITLES = { "Recovery Support Specialist", "Peer Support Specialist", "Recovery Coach",
			"Engagement Specialist", "Peer Mentor", "Case Aide", "Residential Counselor", "Cashier", "Warehouse Associate",
			"Library Aide", "Dietary Aide", "Driver", "Office Assistant", "IT Assistant", "Landscaper", "Grants Manager",
			"Drug and Alcohol Counselor", "Recreation Aide", "RN Supervisor", "Office Manager" };
	static final String[] WORDS = { "peer support", "recovery", "driver", "cashier", "warehouse", "counselor", "coach",
			"library", "office", "mentor", "kitchen", "nurse", "housing", "outreach", "specialist", "part time" };
	static final String[] TYPES = { "FULL_TIME", "PART_TIME", "TEMPORARY", "PER_DIEM" };
	static final String[] SHIFTS = { "FIRST", "SECOND", "THIRD", "ROTATING", "FLEXIBLE" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	record Zip(String zip, String town, double lat, double lon) {
	}

	record Stats(String target, int clients, long requests, double seconds, double p50, double p95, double p99, long errors) {

		double throughput() {
			return requests / seconds;
		}
	}

	@Test
	void searchLatencyAndThroughput() throws Exception {
		List<Zip> zips = connecticutZips();
		Instant loadStart = Instant.now();
		generate(zips);
		Duration load = Duration.between(loadStart, Instant.now());
		Instant indexStart = Instant.now();
		Search.mapping(entityManagerFactory).scope(Object.class).massIndexer().threadsToLoadObjects(2).batchSizeToLoadObjects(100)
			.startAndWait();
		Duration index = Duration.between(indexStart, Instant.now());

		HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(40)).build();
		List<Stats> results = new ArrayList<>();
		for (String target : List.of("/api/v1/jobs", "/jobs")) {
			run(client, target, 8, WARM_UP, zips);
			for (int clients : new int[] { 1, 8, 32 }) {
				results.add(run(client, target, clients, MEASURE, zips));
			}
		}

		StringBuilder report = new StringBuilder();
		report.append("Postings: ").append(jdbc.queryForObject("select count(*) from posting", Long.class))
			.append(" (generated in ").append(load.toSeconds()).append(" s, indexed in ").append(index.toSeconds()).append(" s)\n\n");
		report.append("| target | clients | requests | req/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|---|---|\n");
		for (Stats s : results) {
			report.append(String.format("| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %d |%n", s.target(), s.clients(), s.requests(),
					s.throughput(), s.p50(), s.p95(), s.p99(), s.errors()));
		}
		Path out = Path.of("target/benchmark/search.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println("\n" + report);
	}

	private Stats run(HttpClient client, String target, int clients, Duration duration, List<Zip> zips) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + duration.toNanos();
		AtomicInteger errors = new AtomicInteger();
		List<Future<List<Long>>> futures = new ArrayList<>();
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			int seed = c;
			futures.add(pool.submit(() -> {
				Random random = new Random(seed * 31L + target.hashCode());
				List<Long> latencies = new ArrayList<>();
				while (System.nanoTime() < end) {
					URI uri = URI.create("http://localhost:" + port + target + "?" + query(random, zips));
					long t0 = System.nanoTime();
					HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
							HttpResponse.BodyHandlers.ofByteArray());
					latencies.add(System.nanoTime() - t0);
					if (response.statusCode() != 200) {
						errors.incrementAndGet();
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
	private static String query(Random random, List<Zip> zips) {
		List<String> params = new ArrayList<>();
		if (random.nextInt(10) < 8) {
			params.add("q=" + URLEncoder.encode(WORDS[random.nextInt(WORDS.length)], StandardCharsets.UTF_8));
		}
		if (random.nextInt(10) < 6) {
			Zip zip = zips.get(random.nextInt(zips.size()));
			params.add("zip=" + (random.nextBoolean() ? zip.zip() : URLEncoder.encode(zip.town(), StandardCharsets.UTF_8)));
			params.add("radius=" + new int[] { 10, 25, 50 }[random.nextInt(3)]);
		}
		if (random.nextInt(10) < 3) {
			params.add("type=" + TYPES[random.nextInt(TYPES.length)]);
		}
		if (random.nextInt(10) < 2) {
			params.add("peer=true");
		}
		if (random.nextInt(10) < 2) {
			params.add("sort=" + new String[] { "NEWEST", "SALARY", "CLOSING" }[random.nextInt(3)]);
		}
		if (random.nextInt(10) < 2) {
			params.add("page=" + (2 + random.nextInt(3)));
		}
		return String.join("&", params);
	}

	private static List<Zip> connecticutZips() throws Exception {
		List<Zip> zips = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource("geo/zipcodes.csv").getInputStream(),
				StandardCharsets.UTF_8))) {
			in.readLine();
			String line;
			while ((line = in.readLine()) != null) {
				String[] f = line.split(",");
				if ("CT".equals(f[2])) {
					zips.add(new Zip(f[0], f[1], Double.parseDouble(f[3]), Double.parseDouble(f[4])));
				}
			}
		}
		return zips;
	}

	private void generate(List<Zip> zips) {
		List<Long> organizations = jdbc.queryForList("select id from organization where status = 'VERIFIED'", Long.class);
		List<String> duties = jdbc.queryForList("select duties from posting", String.class);
		List<String> qualifications = jdbc.queryForList("select minimum_qualifications from posting", String.class);
		Random random = new Random(42);
		LocalDate today = LocalDate.now();
		Timestamp now = Timestamp.from(Instant.now());
		int batch = 1000;
		for (int start = 0; start < POSTINGS; start += batch) {
			List<Object[]> rows = new ArrayList<>(batch);
			for (int i = start; i < Math.min(POSTINGS, start + batch); i++) {
				Zip zip = zips.get(random.nextInt(zips.size()));
				Long org = organizations.get(random.nextInt(organizations.size()));
				String title = TITLES[random.nextInt(TITLES.length)];
				double hourly = 16.35 + random.nextInt(2500) / 100.0;
				double max = hourly + random.nextInt(800) / 100.0;
				boolean peer = title.contains("Peer") || title.contains("Recovery") || title.contains("Engagement");
				rows.add(new Object[] { org, "Generated employer " + org, true, "BENCH-" + i, title, title, zip.town(), zip.zip(),
						zip.lat() + (random.nextDouble() - 0.5) / 100, zip.lon() + (random.nextDouble() - 0.5) / 100,
						new java.math.BigDecimal("40"), SHIFTS[random.nextInt(SHIFTS.length)], TYPES[random.nextInt(TYPES.length)],
						"HOURLY", hourly, max, 80, 26, hourly, max, duties.get(random.nextInt(duties.size())),
						qualifications.get(random.nextInt(qualifications.size())),
						Date.valueOf(today.minusDays(random.nextInt(60))), Date.valueOf(today.plusDays(1 + random.nextInt(60))), 1,
						peer, peer || random.nextBoolean(), "PUBLISHED", now, now });
			}
			jdbc.batchUpdate("insert into posting (organization_id, organization_name, organization_verified, recruitment_number, "
					+ "title, job_class, town, zip, latitude, longitude, hours_per_week, shift, employment_type, salary_unit, "
					+ "salary_min, salary_max, pay_period_hours, periods_per_year, hourly_min, hourly_max, duties, "
					+ "minimum_qualifications, open_date, close_date, openings, peer_role, behavioral_health, status, created_at, "
					+ "updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
					rows);
		}
	}
}
