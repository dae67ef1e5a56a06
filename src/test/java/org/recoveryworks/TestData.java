package org.recoveryworks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.organizations.NewOrganization;
import org.recoveryworks.organizations.OrganizationKind;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.jobs.EmploymentType;
import org.recoveryworks.jobs.PostingDetails;
import org.recoveryworks.jobs.QuestionDetails;
import org.recoveryworks.jobs.QuestionType;
import org.recoveryworks.jobs.SalaryUnit;
import org.recoveryworks.jobs.Shift;
import org.springframework.stereotype.Component;

/**
 * Object mother for the integration tests: unique accounts, organizations and postings. Its "today" is the
 * application's (the {@link Clock} bean's), never the machine's: the two differ for part of every day when the
 * JVM's zone is not the deployment's.
 */
@Component
public class TestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	public static final String PASSWORD = "correct horse battery";

	private final Accounts accounts;
	private final Organizations organizations;
	private final org.recoveryworks.accounts.TwoStepSignIn twoStep;
	private final Clock clock;

	TestData(Accounts accounts, Organizations organizations, org.recoveryworks.accounts.TwoStepSignIn twoStep, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
		this.twoStep = twoStep;
		this.organizations = organizations;
	}

	/** Sends the same request ten times at once (a double click, a retrying client); the answers, in order. */
	public static <T> List<T> tenAtOnce(java.util.concurrent.Callable<T> request) throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
		try {
			List<java.util.concurrent.Future<T>> futures = new java.util.ArrayList<>();
			for (int i = 0; i < 10; i++) {
				futures.add(pool.submit(request));
			}
			List<T> answers = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<T> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdown();
		}
	}

	public static int next() {
		return SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 100000) * 1000;
	}

	public AccountUser seeker() {
		int n = next();
		return accounts.registerSeeker("seeker" + n + "@example.org", PASSWORD, "Sam Seeker " + n, null);
	}

	public AccountUser employer(boolean verified) {
		int n = next();
		AccountUser user = accounts.registerEmployer("hr" + n + "@example.org", PASSWORD, "Hiring Manager " + n, null,
				new NewOrganization("Test Employer " + n, OrganizationKind.NONPROFIT_PROVIDER, "1 Main Street", "Hartford",
						"06103", null, null, "Test organization"));
		if (verified) {
			organizations.verify(user.organizationId());
		}
		return user;
	}

	/** A coaching program with a supervisor and two coaches. */
	public record Program(Long id, AccountUser supervisor, AccountUser coach, AccountUser otherCoach) {
	}

	public Program program() {
		int n = next();
		Long id = organizations.register(new NewOrganization("Peer Program " + n, OrganizationKind.PEER_EMPLOYMENT_PROGRAM, null,
				"Middletown", "06457", null, null, null));
		organizations.verify(id);
		return new Program(id,
				withTwoStep(accounts.createStaff("supervisor" + n + "@example.org", PASSWORD, "Supervisor " + n, org.recoveryworks.accounts.Role.SUPERVISOR, id)),
				withTwoStep(accounts.createStaff("coach" + n + "@example.org", PASSWORD, "Coach " + n, org.recoveryworks.accounts.Role.COACH, id)),
				withTwoStep(accounts.createStaff("coachb" + n + "@example.org", PASSWORD, "Coach B " + n, org.recoveryworks.accounts.Role.COACH, id)));
	}

	/** Staff sign in with a second step: the test accounts use the demo's published key ({@link #code}). */
	private AccountUser withTwoStep(AccountUser staff) {
		twoStep.setUpWithKey(staff.id(), org.recoveryworks.accounts.TwoStepSignIn.DEMO_KEY);
		return staff;
	}

	private static final java.util.Map<String, Long> LAST_STEP = new java.util.concurrent.ConcurrentHashMap<>();

	private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

	/** The key an account set up at its first sign-in (others use the demo key). */
	public static void useKey(String email, String key) {
		KEYS.put(email, key);
	}

	/** {@link #code(String, Clock)} at the application's time. */
	public String code(String email) {
		return code(email, clock);
	}

	/**
	 * A code of the account's key (the demo key unless {@link #useKey}) that this account has not used yet (a code works once): the current
	 * step's, or the next one's. When both were used, the application's clock is moved on to the next step, not waited for (only an
	 * application in another process, whose clock the test cannot move, is waited for).
	 */
	public static synchronized String code(String email, Clock clock) {
		long now = org.recoveryworks.accounts.Totp.step(clock.instant());
		long step = Math.max(now, LAST_STEP.getOrDefault(email, Long.MIN_VALUE) + 1);
		if (step > now + 1) {
			long intoStep = clock.millis() % 30_000;
			java.time.Duration toStep = java.time.Duration.ofMillis((step - now - 1) * 30_000 - intoStep + 1);
			if (org.recoveryworks.shared.TestClock.advances(clock)) {
				org.recoveryworks.shared.TestClock.advance(clock, toStep);
			}
			else {
				// Another process's application (the crash test's): its clock is the system's, so only waiting moves it.
				sleep(toStep);
			}
		}
		LAST_STEP.put(email, step);
		return org.recoveryworks.accounts.Totp.code(KEYS.getOrDefault(email, org.recoveryworks.accounts.TwoStepSignIn.DEMO_KEY), step);
	}

	private static void sleep(java.time.Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public static AccountUser admin() {
		return new AccountUser(0L, "admin@example.org", "Admin", org.recoveryworks.accounts.Role.ADMIN, null, "");
	}

	/** The application's today. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A posting open since yesterday for 30 days, in the application's days. */
	public PostingDetails posting(String title, List<QuestionDetails> questions) {
		LocalDate today = today();
		return posting(title, today.minusDays(1), today.plusDays(30), questions);
	}

	public static PostingDetails posting(String title, LocalDate open, LocalDate close, List<QuestionDetails> questions) {
		return new PostingDetails("T-" + next(), title, "Peer Specialist", "Shoreline Recovery Center", "1 State Street",
				"New London", "06320", null, new java.math.BigDecimal("40"), Shift.FIRST, "Monday through Friday", null,
				EmploymentType.FULL_TIME, SalaryUnit.HOURLY, new java.math.BigDecimal("20.00"),
				new java.math.BigDecimal("25.00"), new java.math.BigDecimal("80"), new java.math.BigDecimal("26"),
				"Provide peer support to adults in recovery.", null,
				"Connecticut Recovery Support Specialist certification.", null, null, null, null, null, open, close, 1, true,
				true, questions);
	}

	public static QuestionDetails question(String text, QuestionType type, boolean required, String... choices) {
		return new QuestionDetails(text, type, List.of(choices), required);
	}

	/** {@link #publishForm(String, String, LocalDate)} from the application's today. */
	public java.util.Map<String, String> publishForm(String recruitmentNumber, String title) {
		return publishForm(recruitmentNumber, title, today());
	}

	/**
	 * The application's today as the new posting form shows it (its open date is filled in with today): how a test
	 * that talks to the application over HTTP, without its {@link Clock}, learns the application's date.
	 */
	public static LocalDate todayOnNewPostingForm(String newPostingFormHtml) {
		java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*name=\"openDate\"[^>]*>").matcher(newPostingFormHtml);
		java.util.regex.Matcher value = java.util.regex.Pattern.compile("value=\"(\\d{4}-\\d{2}-\\d{2})\"")
			.matcher(input.find() ? input.group() : "");
		if (!value.find()) {
			throw new IllegalStateException("The new posting form shows no open date");
		}
		return LocalDate.parse(value.group(1));
	}

	/**
	 * The fields of the employer's posting form for a part-time hourly job in Hartford, open from {@code today} (the
	 * application's, which a test outside the application reads from the new posting form) for 30 days, published.
	 */
	public static java.util.Map<String, String> publishForm(String recruitmentNumber, String title, LocalDate today) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("recruitmentNumber", recruitmentNumber);
		fields.put("title", title);
		fields.put("town", "Hartford");
		fields.put("zip", "06103");
		fields.put("hoursPerWeek", "30");
		fields.put("shift", "FIRST");
		fields.put("employmentType", "PART_TIME");
		fields.put("salaryUnit", "HOURLY");
		fields.put("salaryMin", "21.50");
		fields.put("salaryMax", "24.00");
		fields.put("duties", "Help people in recovery find and keep work they choose.");
		fields.put("minimumQualifications", "Lived experience of recovery.");
		fields.put("openDate", today.toString());
		fields.put("closeDate", today.plusDays(30).toString());
		fields.put("openings", "1");
		fields.put("action", "publish");
		return fields;
	}
}
