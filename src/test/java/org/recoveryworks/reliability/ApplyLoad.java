package org.recoveryworks.reliability;

import java.io.IOException;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many job seekers apply to the same posting at once, for a while; each applies, then sends the
 * same application again (a double click, a retry) and reads their status board, until the time is
 * up. Optionally the application is killed with SIGKILL part-way and started again; meanwhile the
 * employer keeps publishing postings. Afterwards the database is read directly: every application
 * the server acknowledged is there, once; every posting it acknowledged is there and searchable.
 */
final class ApplyLoad {

	static final String PASSWORD = "load-test-password-2026";

	/** What happened. */
	record Result(int applicants, int acknowledgedApplicants, long requests, long errors, long unavailable, long applicationsInDatabase,
			long duplicatesInDatabase, List<String> missing, int acknowledgedPostings, List<Long> postingsMissing,
			List<Long> postingsNotSearchable, long p95Millis, List<String> errorSamples) {

		String describe() {
			return String.format("%d applicants, %d acknowledged; %d requests, %d errors, %d refused while the app was down; "
					+ "%d applications in the database, %d duplicates, %d acknowledged but missing; %d postings acknowledged, %d missing, "
					+ "%d not searchable; p95 %d ms", applicants, acknowledgedApplicants, requests, errors, unavailable, applicationsInDatabase,
					duplicatesInDatabase, missing.size(), acknowledgedPostings, postingsMissing.size(), postingsNotSearchable.size(), p95Millis);
		}
	}

	private final AppProcess app;
	private final HttpClient http;
	private final AtomicLong requests = new AtomicLong();
	private final AtomicLong errors = new AtomicLong();
	private final AtomicLong unavailable = new AtomicLong();
	private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
	private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
	private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
	private final Map<Long, String> acknowledgedPostings = new ConcurrentHashMap<>();
	private volatile boolean down;
	private final ExecutorService doubleClicks = Executors.newCachedThreadPool();

	ApplyLoad(AppProcess app) {
		this.app = app;
		this.http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
	}

	Result run(int users, Duration duration, Duration killAfter, Duration afterRestart) throws Exception {
		WebUser employer = new WebUser(http, app.baseUrl());
		// The demo data is loaded just after the server starts answering.
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (!employer.signIn("hiring@wcmhn.example.org", "recovery-demo-2026")) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The demo employer could not sign in");
			}
			Thread.sleep(1000);
		}
		long posting = publish(employer, "Load test peer support specialist");
		List<String> emails = register(users);

		long start = System.nanoTime();
		long end = start + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(users + 1);
		for (String email : emails) {
			pool.submit(() -> applicant(email, posting, () -> System.nanoTime() < endOf(end, killAfter, afterRestart)));
		}
		pool.submit(() -> publisher(employer, () -> System.nanoTime() < endOf(end, killAfter, afterRestart)));
		if (killAfter != null) {
			Thread.sleep(killAfter.toMillis());
			down = true;
			app.kill();
			app.start();
			down = false;
			restartedAt = System.nanoTime();
		}
		pool.shutdown();
		if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
			throw new IllegalStateException("The load did not stop");
		}
		// The index as the restarted application sees it.
		List<Long> notSearchable = new ArrayList<>();
		WebUser visitor = new WebUser(http, app.baseUrl());
		for (Map.Entry<Long, String> p : acknowledgedPostings.entrySet()) {
			String body = visitor.get("/api/v1/jobs?size=50&q=" + p.getValue()).body();
			if (!body.contains("\"id\":" + p.getKey() + ",") && !body.contains("\"id\":" + p.getKey() + "}")) {
				notSearchable.add(p.getKey());
			}
		}
		app.stop();
		doubleClicks.shutdown();
		return verify(users, posting, notSearchable);
	}

	private volatile long restartedAt;

	/** With a crash, the load goes on for a while after the restart. */
	private long endOf(long end, Duration killAfter, Duration afterRestart) {
		if (killAfter == null) {
			return end;
		}
		return restartedAt == 0 ? Long.MAX_VALUE : restartedAt + afterRestart.toNanos();
	}

	private void applicant(String email, long posting, java.util.function.BooleanSupplier going) {
		WebUser me = new WebUser(http, app.baseUrl());
		boolean signedIn = false;
		while (going.getAsBoolean()) {
			try {
				if (!signedIn) {
					signedIn = timed(() -> me.signIn(email, PASSWORD));
					if (!signedIn) {
						fail(email + ": sign-in refused");
						Thread.sleep(200);
					}
					continue;
				}
				WebUser.Page form = timed(() -> me.get("/jobs/" + posting + "/apply"));
				if (form.status() == 302 && form.location().contains("/login")) {
					signedIn = false;
					me.forget();
					continue;
				}
				if (form.status() >= 400) {
					fail(email + ": apply form answered " + form.status());
					continue;
				}
				if (form.status() == 302 && form.location().endsWith("/my/applications")) {
					// Already applied (perhaps just before a crash, unanswered): the server says so; a browser follows it.
					acknowledged.add(email);
					timed(() -> me.get("/my/applications"));
					continue;
				}
				// Sent twice at once, as a double click does: one application, two acknowledgements.
				Map<String, String> fields = Map.of("fullName", "Load Applicant", "email", email);
				java.util.concurrent.CompletableFuture<WebUser.Page> twice = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
					try {
						return timed(() -> me.post("/jobs/" + posting + "/apply", fields));
					}
					catch (IOException | InterruptedException e) {
						throw new java.util.concurrent.CompletionException(e);
					}
				}, doubleClicks);
				WebUser.Page sent = timed(() -> me.post("/jobs/" + posting + "/apply", fields));
				WebUser.Page again;
				try {
					again = twice.join();
				}
				catch (java.util.concurrent.CompletionException e) {
					if (e.getCause() instanceof IOException io) {
						throw io;
					}
					throw e;
				}
				if (again.status() != 302 || !(again.location().endsWith("/my/applications") || again.location().contains("/login"))) {
					fail(email + ": the second click answered " + again.status() + " " + again.location());
				}
				if (sent.status() == 302 && sent.location().endsWith("/my/applications")) {
					acknowledged.add(email);
				}
				else if (sent.status() == 302 && sent.location().contains("/login")) {
					signedIn = false;
					me.forget();
					continue;
				}
				else {
					fail(email + ": apply answered " + sent.status() + " " + sent.location() + " after the form's " + form.status() + " "
							+ sent.body().substring(0, Math.min(200, sent.body().length())).replaceAll("\\s+", " "));
				}
				WebUser.Page board = timed(() -> me.get("/my/applications"));
				if (board.status() != 200 && board.status() != 302) {
					fail(email + ": status board answered " + board.status());
				}
			}
			catch (IOException e) {
				ioFailure(email, e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void publisher(WebUser employer, java.util.function.BooleanSupplier going) {
		int n = 0;
		while (going.getAsBoolean()) {
			try {
				if (down) {
					Thread.sleep(200);
					continue;
				}
				String word = "crashword" + (++n) + "x" + Long.toString(System.nanoTime() % 100000, 36);
				long id = publish(employer, "Peer mentor " + word);
				acknowledgedPostings.put(id, word);
			}
			catch (SessionLost e) {
				try {
					employer.signIn("hiring@wcmhn.example.org", "recovery-demo-2026");
				}
				catch (IOException io) {
					ioFailure("employer", io);
				}
				catch (InterruptedException ie) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			catch (IOException e) {
				ioFailure("employer", e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				fail("employer: " + e.getMessage());
			}
		}
	}

	private static final class SessionLost extends RuntimeException {
		SessionLost() {
			super("session lost");
		}
	}

	private static final Pattern POSTING = Pattern.compile("/employer/postings/(\\d+)");

	private long publish(WebUser employer, String title) throws IOException, InterruptedException {
		WebUser.Page form = employer.get("/employer/postings/new");
		if (form.status() == 302) {
			throw new SessionLost();
		}
		// Open from the application's today (not this machine's, which can be a day off in another zone).
		Map<String, String> fields = org.recoveryworks.TestData.publishForm("LOAD-" + System.nanoTime(), title,
				org.recoveryworks.TestData.todayOnNewPostingForm(form.body()));
		WebUser.Page saved = employer.post("/employer/postings", fields);
		Matcher m = POSTING.matcher(saved.location());
		if (saved.status() != 302 || !m.find()) {
			if (saved.location().contains("/login")) {
				throw new SessionLost();
			}
			throw new IllegalStateException("Publishing answered " + saved.status() + " " + saved.location());
		}
		return Long.parseLong(m.group(1));
	}

	private static final String ADMIN = "admin@recoveryworks.example.org";

	private static final String DEMO_PASSWORD = "recovery-demo-2026";

	/**
	 * Registers the job seekers as people do: the form, then the link e-mailed to them. This client runs outside the
	 * application, and its H2 database is open only to it, so it reads the links where they wait in the default mode:
	 * on the demo administrator's dev mailbox page.
	 */
	private List<String> register(int users) throws InterruptedException, IOException {
		WebUser admin = new WebUser(http, app.baseUrl());
		if (!admin.signIn(ADMIN, DEMO_PASSWORD)) {
			throw new IllegalStateException("The demo administrator could not sign in");
		}
		admin.get("/login/code");
		// The demo staff's published key; the application runs on this machine's clock.
		WebUser.Page code = admin.post("/login/code", Map.of("code", org.recoveryworks.TestData.code(ADMIN, java.time.Clock.systemUTC())));
		if (code.status() != 302 || code.location().contains("/login")) {
			throw new IllegalStateException("The demo administrator's second sign-in step answered " + code.status() + " " + code.location());
		}
		List<String> emails = Collections.synchronizedList(new ArrayList<>());
		String run = Long.toString(System.currentTimeMillis(), 36);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (int i = 0; i < users; i++) {
			String email = "load-" + run + "-" + i + "@load.example.org";
			pool.submit(() -> {
				WebUser u = new WebUser(http, app.baseUrl());
				try {
					u.get("/register/seeker");
					WebUser.Page p = u.post("/register/seeker", Map.of("displayName", "Load Applicant (test)", "email", email, "password", PASSWORD));
					if (p.status() != 302 || !p.location().endsWith("/register/check-email")) {
						fail("registration of " + email + " answered " + p.status() + " " + p.location());
						return;
					}
					String token = registrationToken(admin, email);
					u.get("/register/confirm?token=" + token);
					WebUser.Page done = u.post("/register/confirm", Map.of("token", token));
					if (done.status() == 302 && done.location().endsWith("/my/applications")) {
						emails.add(email);
					}
					else {
						fail("the registration link of " + email + " answered " + done.status() + " " + done.location());
					}
				}
				catch (IOException | RuntimeException e) {
					fail("registration: " + e);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(10, TimeUnit.MINUTES);
		if (emails.size() != users) {
			throw new IllegalStateException("Only " + emails.size() + " of " + users + " applicants could register: " + errorSamples);
		}
		return emails;
	}

	/** One mail on the dev mailbox page: its recipient, then its text. */
	private static final Pattern MAIL = Pattern.compile("<span>([^<]+)</span>[^<]*<span>[^<]*</span></p>\\s*<pre[^>]*>([^<]*)</pre>");

	private static final Pattern REGISTRATION_LINK = Pattern.compile("/register/confirm\\?token=([A-Za-z0-9_-]+)");

	/** The token of the newest registration link to the address on the dev mailbox page (newest mail first). */
	private static String registrationToken(WebUser admin, String email) throws IOException, InterruptedException {
		for (int attempt = 0; attempt < 20; attempt++) {
			WebUser.Page page;
			synchronized (admin) {
				page = admin.get("/admin/mailbox");
			}
			if (page.status() != 200) {
				throw new IllegalStateException("The dev mailbox answered " + page.status() + " " + page.location());
			}
			Matcher mail = MAIL.matcher(page.body());
			while (mail.find()) {
				Matcher link = REGISTRATION_LINK.matcher(mail.group(2));
				if (mail.group(1).equals(email) && link.find()) {
					return link.group(1);
				}
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("No registration link for " + email + " on the dev mailbox page");
	}

	private interface Call<T> {
		T call() throws IOException, InterruptedException;
	}

	private <T> T timed(Call<T> call) throws IOException, InterruptedException {
		long t0 = System.nanoTime();
		T result = call.call();
		requests.incrementAndGet();
		latencies.add((System.nanoTime() - t0) / 1_000_000);
		return result;
	}

	private void ioFailure(String who, IOException e) {
		if (down) {
			unavailable.incrementAndGet();
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ie) {
				Thread.currentThread().interrupt();
			}
		}
		else {
			fail(who + ": " + e);
		}
	}

	private void fail(String what) {
		errors.incrementAndGet();
		if (errorSamples.size() < 20) {
			errorSamples.add(what);
		}
	}

	private Result verify(int users, long posting, List<Long> notSearchable) throws SQLException {
		Map<String, Integer> applications = new HashMap<>();
		List<Long> postingsMissing = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(app.jdbcUrl(), "sa", "")) {
			try (PreparedStatement ps = c.prepareStatement("select u.email, count(*) from job_application a join user_account u"
					+ " on a.seeker_id = u.id where a.posting_id = ? group by u.email")) {
				ps.setLong(1, posting);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						applications.put(rs.getString(1), rs.getInt(2));
					}
				}
			}
			try (PreparedStatement ps = c.prepareStatement("select count(*) from posting where id = ?")) {
				for (Long id : acknowledgedPostings.keySet()) {
					ps.setLong(1, id);
					try (ResultSet rs = ps.executeQuery()) {
						rs.next();
						if (rs.getInt(1) != 1) {
							postingsMissing.add(id);
						}
					}
				}
			}
		}
		List<String> missing = acknowledged.stream().filter(e -> !applications.containsKey(e)).sorted().toList();
		long duplicates = applications.values().stream().filter(n -> n > 1).count();
		List<Long> sorted;
		synchronized (latencies) {
			sorted = new ArrayList<>(latencies);
		}
		Collections.sort(sorted);
		long p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1));
		return new Result(users, acknowledged.size(), requests.get(), errors.get(), unavailable.get(),
				applications.values().stream().mapToLong(Integer::longValue).sum(), duplicates, missing, acknowledgedPostings.size(),
				postingsMissing, notSearchable, p95, List.copyOf(errorSamples));
	}
}
