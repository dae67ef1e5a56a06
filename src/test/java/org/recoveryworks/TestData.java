package org.recoveryworks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.employers.NewOrganization;
import org.recoveryworks.employers.OrganizationKind;
import org.recoveryworks.employers.Organizations;
import org.recoveryworks.jobs.EmploymentType;
import org.recoveryworks.jobs.PostingDetails;
import org.recoveryworks.jobs.QuestionDetails;
import org.recoveryworks.jobs.QuestionType;
import org.recoveryworks.jobs.SalaryUnit;
import org.recoveryworks.jobs.Shift;
import org.springframework.stereotype.Component;

/** Object mother for the integration tests: unique accounts, organizations and postings. */
@Component
public class TestData {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	public static final String PASSWORD = "correct horse battery";

	private final Accounts accounts;
	private final Organizations organizations;

	TestData(Accounts accounts, Organizations organizations) {
		this.accounts = accounts;
		this.organizations = organizations;
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
		Long id = organizations.register(new NewOrganization("Peer Program " + n, OrganizationKind.NONPROFIT_PROVIDER, null,
				"Middletown", "06457", null, null, null));
		organizations.verify(id);
		return new Program(id,
				accounts.createStaff("supervisor" + n + "@example.org", PASSWORD, "Supervisor " + n, org.recoveryworks.accounts.Role.SUPERVISOR, id),
				accounts.createStaff("coach" + n + "@example.org", PASSWORD, "Coach " + n, org.recoveryworks.accounts.Role.COACH, id),
				accounts.createStaff("coachb" + n + "@example.org", PASSWORD, "Coach B " + n, org.recoveryworks.accounts.Role.COACH, id));
	}

	public static AccountUser admin() {
		return new AccountUser(0L, "admin@example.org", "Admin", org.recoveryworks.accounts.Role.ADMIN, null, "");
	}

	public static PostingDetails posting(String title, List<QuestionDetails> questions) {
		return posting(title, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), questions);
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
}
