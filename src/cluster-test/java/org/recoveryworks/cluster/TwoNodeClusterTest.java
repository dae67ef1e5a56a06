package org.recoveryworks.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.recoveryworks.RecoveryWorksApplication;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * Two application nodes (profiles postgres and cluster) on loopback, one PostgreSQL database and a real OpenSearch
 * node inside this JVM: sessions, search, scheduled jobs and failures across nodes, as a user or the operator sees them.
 * Run with {@code ./mvnw -Pcluster-test verify}; the database server comes from SPRING_DATASOURCE_URL (default
 * 127.0.0.1:5432), and the test creates its own database on it.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTest {

	private static final String PASSWORD = "recovery-demo-2026";
	private static final String EMPLOYER = "hiring@wcmhn.example.org";
	private static final String DATABASE = "recoveryworks_cluster";

	private static Path base;
	private static OpenSearchRunner openSearch;
	private static int openSearchPort;
	private static int transportPort;
	private static ConfigurableApplicationContext nodeA;
	private static ConfigurableApplicationContext nodeB;
	private static String urlA;
	private static String urlB;
	private static final List<String> jobRuns = new CopyOnWriteArrayList<>();
	private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5)).build();
	private static String employerSession;
	private static String jdbcUrl;

	@BeforeAll
	static void startCluster() throws Exception {
		base = Files.createTempDirectory("recoveryworks-cluster");
		openSearchPort = freePort();
		transportPort = freePort();
		startOpenSearch();
		jdbcUrl = freshDatabase();
		Path uploads = Files.createDirectories(base.resolve("shared-uploads"));
		nodeA = startNode("node-a", jdbcUrl, uploads, true);
		nodeB = startNode("node-b", jdbcUrl, uploads, false);
		urlA = "http://127.0.0.1:" + port(nodeA);
		urlB = "http://127.0.0.1:" + port(nodeB);
		// Spring Boot configured logging when the nodes started: count the scheduled job's runs from here on.
		AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
			@Override
			protected void append(ILoggingEvent event) {
				if (event.getFormattedMessage().startsWith("Job close-expired-postings ran on ")) {
					jobRuns.add(event.getTimeStamp() + " " + event.getFormattedMessage());
				}
			}
		};
		Logger logger = (Logger) LoggerFactory.getLogger("org.recoveryworks.jobs.PostingService");
		appender.setContext(logger.getLoggerContext());
		appender.start();
		logger.addAppender(appender);
		employerSession = signIn(urlA, EMPLOYER);
	}

	@AfterAll
	static void stopCluster() throws IOException {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeA, nodeB }) {
			if (node != null && node.isActive()) {
				node.close();
			}
		}
		if (openSearch != null && !openSearch.isClosed()) {
			openSearch.close();
		}
		if (openSearch != null) {
			openSearch.clean();
		}
	}

	@Test
	@Order(1)
	void aUserSignedInOnNodeAIsSignedInOnNodeB() throws Exception {
		HttpResponse<String> onA = get(urlA + "/employer/postings", employerSession);
		HttpResponse<String> onB = get(urlB + "/employer/postings", employerSession);

		assertThat(onA.statusCode()).isEqualTo(200);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Western Connecticut Mental Health Network");
		// Without the session, node B sends the visitor to sign in.
		assertThat(get(urlB + "/employer/postings", null).statusCode()).isEqualTo(302);
	}

	@Test
	@Order(2)
	void aPostingPublishedOnNodeAIsFoundOnNodeBWithinTwoSeconds() throws Exception {
		long publishedAt = System.nanoTime();
		long id = publish(urlA, "Cluster Alpha Recovery Navigator", "CLU-A-1");

		long foundAfterMillis = waitUntilFound(urlB, "Alpha Navigator", id, Duration.ofSeconds(2), publishedAt);

		assertThat(foundAfterMillis).isLessThanOrEqualTo(2000);
	}

	@Test
	@Order(3)
	void aScheduledJobRunsOnceAcrossTheNodes() throws Exception {
		// The job is set to run every 2 seconds on both nodes: each run happens on one node only.
		jobRuns.clear();
		Thread.sleep(9_000);
		List<String> runs = List.copyOf(jobRuns);

		assertThat(runs).hasSizeBetween(3, 6);
		List<Long> times = runs.stream().map(r -> Long.parseLong(r.substring(0, r.indexOf(' ')))).sorted().toList();
		for (int i = 1; i < times.size(); i++) {
			assertThat(times.get(i) - times.get(i - 1)).as("runs %s", runs).isGreaterThan(1000);
		}
	}

	/**
	 * The limits count in the database: requests spread over both nodes get the one allowance, not one per node. Five
	 * password-reset requests a minute from one address (the account limit), and five failed sign-ins to one e-mail
	 * address, whichever node each reaches.
	 */
	@Test
	@Order(4)
	void rateLimitsAndTheSignInLockOutHoldAcrossTheNodes() throws Exception {
		// From one client behind the loopback proxy (the nodes trust it, and exempt only the loopback address itself).
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			answers.add(http.send(HttpRequest.newBuilder(URI.create((i % 2 == 0 ? urlA : urlB) + "/password/forgot"))
				.timeout(Duration.ofSeconds(20)).header("X-Forwarded-For", "203.0.113.77")
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("email=nobody%40example.org"))
				.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
		}
		assertThat(answers.stream().filter(status -> status != 429).count()).as("answers other than 429: %s", answers).isEqualTo(5);

		String seeker = "jordan.demo@example.org";
		for (int i = 0; i < 5; i++) {
			String url = i % 2 == 0 ? urlA : urlB;
			assertThat(signInAnswer(url, seeker, "not the password " + i)).endsWith("/login?error");
		}
		// Node B saw two of the failures; the lock-out is the address's, so the right password is refused there too.
		assertThat(signInAnswer(urlB, seeker, PASSWORD)).endsWith("/login?error");
		try (Connection c = DriverManager.getConnection(jdbcUrl, user(), password()); Statement st = c.createStatement();
				var rs = st.executeQuery("select count(*) from rate_limit_bucket")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getLong(1)).isPositive();
		}
	}

	/** Where a sign-in sends the browser. */
	private static String signInAnswer(String url, String email, String password) throws Exception {
		return sendSignIn(url, email, password).response().headers().firstValue("Location").orElse("");
	}

	@Test
	@Order(5)
	void stoppingNodeALosesNothingAndNodeBKeepsServing() throws Exception {
		long id = publish(urlA, "Cluster Bravo Employment Specialist", "CLU-B-1");
		nodeA.close();

		assertThat(get(urlB + "/jobs/" + id, null).body()).contains("Cluster Bravo Employment Specialist");
		assertThat(waitUntilFound(urlB, "Bravo Specialist", id, Duration.ofSeconds(5), System.nanoTime())).isPositive();
		// Still signed in, on the node that is left.
		assertThat(get(urlB + "/employer/postings", employerSession).body()).contains("Cluster Bravo Employment Specialist");
		// And the scheduled job, which node A may have held last, runs on node B.
		jobRuns.clear();
		Thread.sleep(4_500);
		assertThat(jobRuns).isNotEmpty().allMatch(r -> r.contains("ran on node-b"));
	}

	@Test
	@Order(6)
	void withOpenSearchStoppedWritesSucceedAndTheIndexCatchesUpWhenItReturns() throws Exception {
		openSearch.close();

		long id = publish(urlB, "Cluster Charlie Job Developer", "CLU-C-1");
		assertThat(get(urlB + "/jobs/" + id, null).body()).contains("Cluster Charlie Job Developer");
		// Searching meanwhile says so, with no server error.
		HttpResponse<String> api = get(urlB + "/api/v1/jobs?q=developer", null);
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.headers().firstValue("Retry-After")).contains("30");
		HttpResponse<String> page = get(urlB + "/jobs?q=developer", null);
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("Search is not available right now");

		startOpenSearch();
		assertThat(waitUntilFound(urlB, "Charlie Developer", id, Duration.ofSeconds(60), System.nanoTime())).isPositive();
		// What was indexed before the outage is still found.
		assertThat(search(urlB, "Alpha Navigator")).contains("Cluster Alpha Recovery Navigator");
	}

	// ---- the cluster

	private static void startOpenSearch() throws IOException {
		OpenSearchRunner runner = new OpenSearchRunner();
		runner.setMaxHttpPort(openSearchPort + 1);
		runner.onBuild((index, settings) -> settings.put("http.port", String.valueOf(openSearchPort))
			.put("transport.port", String.valueOf(transportPort))
			.put("http.host", "127.0.0.1")
			.put("transport.host", "127.0.0.1")
			.put("discovery.type", "single-node"));
		runner.build(OpenSearchRunner.newConfigs().basePath(base.resolve("opensearch").toString()).numOfNode(1)
			.clusterName("recoveryworks-cluster-test").disableESLogger());
		runner.ensureYellow();
		openSearch = runner;
	}

	private static String freshDatabase() throws Exception {
		String url = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String server = url.substring(0, url.lastIndexOf('/') + 1);
		try (Connection c = DriverManager.getConnection(server + "postgres", user(), password());
				Statement s = c.createStatement()) {
			s.execute("drop database if exists " + DATABASE + " with (force)");
			s.execute("create database " + DATABASE);
		}
		return server + DATABASE;
	}

	private static String user() {
		return System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
	}

	private static String password() {
		return System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
	}

	private static ConfigurableApplicationContext startNode(String name, String jdbcUrl, Path uploads, boolean demoData) {
		// Command-line arguments, so that they win over the SPRING_DATASOURCE_* of the PostgreSQL run.
		return new SpringApplicationBuilder(RecoveryWorksApplication.class).profiles("postgres", "cluster")
			.run("--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user(),
					"--spring.datasource.password=" + password(), "--recoveryworks.node-name=" + name,
					"--recoveryworks.demo-data=" + demoData, "--recoveryworks.mail-mode=dev-mailbox",
					"--recoveryworks.upload-dir=" + uploads,
					// The test polls searches from this machine; the rate-limit test sends as another client.
					"--recoveryworks.rate-limit.exempt-addresses=127.0.0.1,0:0:0:0:0:0:0:1",
					// Test-only keys (not secrets): production refuses to start without them.
					"--recoveryworks.secret-key=Y2x1c3Rlci10ZXN0LW9ubHkta2V5LW5vdC1zZWNyZXQ=",
					"--recoveryworks.outcomes.pseudonym-key=cluster-test-only-pseudonym-key",
					"--recoveryworks.audit.key=cluster-test-only-audit-key-not-a-secret",
					"--recoveryworks.audit.checkpoint-dir=" + uploads.resolveSibling("audit-checkpoints"), "--recoveryworks.jobs.close-postings-cron=*/2 * * * * *",
					"--spring.jpa.properties.hibernate.search.backend.hosts=127.0.0.1:" + openSearchPort,
					"--spring.jpa.properties.hibernate.search.coordination.event_processor.retry_delay=1",
					"--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	// ---- what a browser does

	private static String signIn(String url, String email) throws Exception {
		SignInAttempt attempt = sendSignIn(url, email, PASSWORD);
		HttpResponse<String> signedIn = attempt.response();
		assertThat(signedIn.statusCode()).as("sign-in").isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return cookie(signedIn, attempt.session());
	}

	/** A sign-in sent: the session it was sent from, and the answer. */
	private record SignInAttempt(String session, HttpResponse<String> response) {
	}

	/** The sign-in form, filled and sent from a new session. */
	private static SignInAttempt sendSignIn(String url, String email, String password) throws Exception {
		HttpResponse<String> form = get(url + "/login", null);
		String session = cookie(form, null);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", email);
		fields.put("password", password);
		fields.put("_csrf", csrf(form.body()));
		return new SignInAttempt(session, post(url + "/login", session, fields));
	}

	private static long publish(String url, String title, String number) throws Exception {
		HttpResponse<String> form = get(url + "/employer/postings/new", employerSession);
		assertThat(form.statusCode()).isEqualTo(200);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf(form.body()));
		// Open from the application's today (not this machine's, which can be a day off in another zone).
		fields.putAll(org.recoveryworks.TestData.publishForm(number, title, org.recoveryworks.TestData.todayOnNewPostingForm(form.body())));
		HttpResponse<String> saved = post(url + "/employer/postings", employerSession, fields);
		assertThat(saved.statusCode()).as("publish answered %s", saved.body()).isEqualTo(302);
		Matcher m = Pattern.compile("/employer/postings/(\\d+)").matcher(saved.headers().firstValue("Location").orElse(""));
		assertThat(m.find()).isTrue();
		return Long.parseLong(m.group(1));
	}

	/** Milliseconds from {@code since} until the posting is in the node's search results; fails after {@code limit}. */
	private static long waitUntilFound(String url, String words, long id, Duration limit, long since) throws Exception {
		long deadline = since + limit.toNanos();
		while (true) {
			String body = search(url, words);
			if (body.contains("\"id\":" + id + ",") || body.contains("\"id\":" + id + "}")) {
				return Math.max(1, (System.nanoTime() - since) / 1_000_000);
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("posting " + id + " not found on " + url + " within " + limit + ": " + body);
			}
			Thread.sleep(50);
		}
	}

	private static String search(String url, String words) throws Exception {
		HttpResponse<String> r = get(url + "/api/v1/jobs?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), null);
		return r.statusCode() == 200 ? r.body() : "HTTP " + r.statusCode();
	}

	private static HttpResponse<String> get(String url, String session) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
		if (session != null) {
			b.header("Cookie", session);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String url, String session, Map<String, String> fields) throws Exception {
		String body = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
		if (session != null) {
			b.header("Cookie", session);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The session cookie the response sets, or the one already held. */
	private static String cookie(HttpResponse<?> response, String current) {
		List<String> set = new ArrayList<>(response.headers().allValues("Set-Cookie"));
		for (String c : set) {
			if (c.startsWith("SESSION=")) {
				return c.substring(0, c.indexOf(';'));
			}
		}
		return current;
	}

	private static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("a CSRF token in the form").isTrue();
		return m.group(1);
	}
}
