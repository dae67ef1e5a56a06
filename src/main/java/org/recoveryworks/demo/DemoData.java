package org.recoveryworks.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.credentials.CredentialRecords;
import org.recoveryworks.organizations.NewOrganization;
import org.recoveryworks.organizations.OrganizationKind;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.jobs.EmploymentType;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.jobs.PostingDetails;
import org.recoveryworks.jobs.QuestionDetails;
import org.recoveryworks.jobs.QuestionType;
import org.recoveryworks.jobs.SalaryUnit;
import org.recoveryworks.jobs.Shift;
import org.recoveryworks.programs.FidelityRecords;
import org.recoveryworks.programs.ProgramDirectory;
import org.recoveryworks.seekers.ApplicantProfile;
import org.recoveryworks.seekers.SeekerProfiles;
import org.recoveryworks.shared.RecoveryWorksProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo employers, postings and accounts into an empty database when
 * {@code recoveryworks.demo-data} is true (the default mode). All of it is fictional except the
 * seed DMHAS posting, and every organization description says it is demo data.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	/** The password of every demo account (listed in the README). */
	static final String PASSWORD = "recovery-demo-2026";

	static final String ADMIN = "admin@recoveryworks.example.org";
	static final String SEEKER = "jordan.demo@example.org";
	static final String COACH = "coach@recoveryworks.example.org";
	static final String SUPERVISOR = "supervisor@recoveryworks.example.org";
	static final String PRIVACY_OFFICER = "privacy@recoveryworks.example.org";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	record DemoEmployer(String key, String name, OrganizationKind kind, String street, String town, String zip, String phone,
			String website, String description, boolean verified) {
	}

	record DemoQuestion(String text, QuestionType type, List<String> choices, Boolean required) {
	}

	record DemoPosting(String recruitmentNumber, String employerKey, String title, String jobClass, String facility,
			String street, String town, String zip, String unit, BigDecimal hoursPerWeek, Shift shift, String days,
			String scheduleNote, EmploymentType employmentType, SalaryUnit salaryUnit, BigDecimal salaryMin,
			BigDecimal salaryMax, BigDecimal payPeriodHours, BigDecimal periodsPerYear, String duties,
			String knowledgeSkillsAbilities, String minimumQualifications, String preferredQualifications,
			String specialRequirements, String benefits, String selectionPlan, String howToApply, int openedDaysAgo,
			Integer closesInDays, int openings, boolean peerRole, boolean behavioralHealth, List<DemoQuestion> questions) {
	}

	private final RecoveryWorksProperties properties;
	private final Organizations organizations;
	private final Accounts accounts;
	private final JobBank jobBank;
	private final JsonMapper json;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final org.recoveryworks.outcomes.SampleImports sampleImports;
	private final ProgramDirectory programDirectory;
	private final FidelityRecords fidelity;
	private final CredentialRecords credentials;
	private final org.recoveryworks.accounts.TwoStepSignIn twoStep;
	private final org.recoveryworks.shared.Deployment deployment;
	private final SeekerProfiles seekerProfiles;

	DemoData(org.recoveryworks.accounts.TwoStepSignIn twoStep, org.recoveryworks.outcomes.SampleImports sampleImports, ProgramDirectory programDirectory, FidelityRecords fidelity,
			CredentialRecords credentials, RecoveryWorksProperties properties,
			Organizations organizations, Accounts accounts, JobBank jobBank,
			JsonMapper json, TransactionTemplate transaction, Clock clock, org.recoveryworks.shared.Deployment deployment,
			SeekerProfiles seekerProfiles) {
		this.deployment = deployment;
		this.seekerProfiles = seekerProfiles;
		this.properties = properties;
		this.twoStep = twoStep;
		this.fidelity = fidelity;
		this.credentials = credentials;
		this.organizations = organizations;
		this.accounts = accounts;
		this.jobBank = jobBank;
		this.json = json;
		this.transaction = transaction;
		this.clock = clock;
		this.sampleImports = sampleImports;
		this.programDirectory = programDirectory;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!properties.demoData() || !organizations.isEmpty()) {
			return;
		}
		List<DemoEmployer> employers = read(json, "demo/employers.json", new TypeReference<>() {
		});
		List<DemoPosting> postings = read(json, "demo/postings.json", new TypeReference<>() {
		});
		List<DemoProgram> programs = read(json, "demo/programs.json", new TypeReference<>() {
		});
		if (!deployment.isSetUp()) {
			// The demo is a Connecticut deployment, set up as its first administrator would.
			deployment.save(new org.recoveryworks.shared.Deployment.Settings("RecoveryWorks", List.of("CT"),
					java.time.ZoneId.of("America/New_York"), "help@recoveryworks.example.org", true, -1), null);
		}
		transaction.executeWithoutResult(status -> load(employers, postings, programs));
		log.info("Loaded demo data: {} employers, {} postings. Demo accounts are listed in the README.", employers.size(),
				postings.size());
	}

	/** A program for the finder in demo/programs.json. */
	record DemoProgram(String name, String kind, List<String> services, List<String> languages, String eligibility,
			String hours, String phone, String email, String street, String town, String zip, int confirmedMonthsAgo,
			Boolean keptByDemoProgram, List<DemoFidelityReview> fidelityReviews) {
	}

	/** A past IPS fidelity review of a demo program. */
	record DemoFidelityReview(int monthsAgo, String reviewers, List<Integer> scores, String strengths, String recommendations,
			List<DemoAction> actions) {
	}

	record DemoAction(String action, String owner, int dueInMonthsAfter) {
	}

	private void load(List<DemoEmployer> employers, List<DemoPosting> postings, List<DemoProgram> programs) {
		AccountUser admin = accounts.createAdmin(ADMIN, PASSWORD, "Program Administrator (demo)");
		AccountUser privacyOfficer = accounts.createPrivacyOfficer(PRIVACY_OFFICER, PASSWORD, "Avery Quinn (demo privacy officer)");
		AccountUser jordan = accounts.registerSeeker(SEEKER, PASSWORD, "Jordan Rivera (demo)", "(860) 555-0142");
		// Demo data: a made-up work history, with a volunteer peer role and a gap left unexplained, as a seeker may have.
		seekerProfiles.fillIfEmpty(jordan.id(), new ApplicantProfile("(860) 555-0142",
				List.of(new ApplicantProfile.Work(null, "Friday Night Recovery Group (demo)", "Volunteer group co-leader", "2024-09", null, true,
						"Co-lead a weekly peer support group\nWelcome new members and share resources"),
						new ApplicantProfile.Work(null, "Park Street Market (demo)", "Cashier", "2017-04", "2020-11", false,
								"Ran the register and handled cash\nHelped customers find what they needed")),
				List.of(new ApplicantProfile.School(null, "Bassick High School (demo)", "High school diploma", 2016)),
				"Cash register, customer service, listening, first aid", "English, Spanish", null));
		Map<String, Long> ids = new HashMap<>();
		for (DemoEmployer e : employers) {
			Long id = organizations.register(new NewOrganization(e.name(), e.kind(), e.street(), e.town(), e.zip(), e.phone(),
					e.website(), e.description()));
			ids.put(e.key(), id);
			accounts.registerEmployerStaff("hiring@" + e.key() + ".example.org", PASSWORD, "Hiring staff, " + e.name() + " (demo)", id);
		}
		LocalDate today = LocalDate.now(clock);
		for (DemoPosting p : postings) {
			LocalDate open = today.minusDays(p.openedDaysAgo());
			LocalDate close = p.closesInDays() == null ? null : today.plusDays(p.closesInDays());
			if (close != null && close.isBefore(open)) {
				open = close.minusDays(30);
			}
			List<QuestionDetails> questions = p.questions() == null ? List.of()
					: p.questions().stream()
						.map(q -> new QuestionDetails(q.text(), q.type(), q.choices() == null ? List.of() : q.choices(), q.required()))
						.toList();
			jobBank.post(ids.get(p.employerKey()), new PostingDetails(p.recruitmentNumber(), p.title(), p.jobClass(),
					p.facility(), p.street(), p.town(), p.zip(), p.unit(), p.hoursPerWeek(), p.shift(), p.days(),
					p.scheduleNote(), p.employmentType(), p.salaryUnit(), p.salaryMin(), p.salaryMax(), p.payPeriodHours(),
					p.periodsPerYear(), p.duties(), p.knowledgeSkillsAbilities(), p.minimumQualifications(),
					p.preferredQualifications(), p.specialRequirements(), p.benefits(), p.selectionPlan(), p.howToApply(), open,
					close, p.openings(), p.peerRole(), p.behavioralHealth(), questions), true);
		}
		// A peer-run program with coaching staff, and a few records from its old spreadsheets.
		Long program = organizations.register(new NewOrganization("Middletown Peer Employment Program (demo)",
				OrganizationKind.PEER_EMPLOYMENT_PROGRAM, "10 Main Street", "Middletown", "06457", "(860) 555-0190",
				"https://example.org/peer-employment", "Demo peer-run recovery employment program: work/life coaching, "
						+ "peer mentoring and support groups."));
		organizations.verify(program);
		AccountUser supervisor = accounts.createStaff(SUPERVISOR, PASSWORD, "Morgan Lee (demo supervisor)", Role.SUPERVISOR, program);
		AccountUser coach = accounts.createStaff(COACH, PASSWORD, "Casey Brooks (demo coach)", Role.COACH, program);
		AccountUser coach2 = accounts.createStaff("coach2@recoveryworks.example.org", PASSWORD, "Riley Stone (demo coach)", Role.COACH,
				program);
		for (AccountUser staff : List.of(admin, privacyOfficer, supervisor, coach, coach2)) {
			twoStep.setUpWithKey(staff.id(), org.recoveryworks.accounts.TwoStepSignIn.DEMO_KEY);
		}
		credentialRecords(supervisor, coach, coach2, today);
		sampleImports.importInto(supervisor).forEach(problem -> log.warn("Demo import: {}", problem));
		// The program finder: fictional programs at real places; one not confirmed for over a year.
		for (DemoProgram d : programs) {
			Long listing = programDirectory.register(new ProgramDirectory.NewListing(d.name(), d.kind(), d.services(), d.languages(),
					d.eligibility(), d.hours(), d.phone(), d.email(), null, d.street(), d.town(), d.zip(),
					today.minusMonths(d.confirmedMonthsAgo()), Boolean.TRUE.equals(d.keptByDemoProgram()) ? program : null));
			for (DemoFidelityReview r : d.fidelityReviews() == null ? List.<DemoFidelityReview>of() : d.fidelityReviews()) {
				LocalDate on = today.minusMonths(r.monthsAgo());
				fidelity.recordCompleted(listing, admin.id(), new FidelityRecords.CompletedReview(on, r.reviewers(), r.scores(),
						r.strengths(), r.recommendations(), r.actions().stream()
							.map(a -> new FidelityRecords.PlannedAction(a.action(), a.owner(), on.plusMonths(a.dueInMonthsAfter())))
							.toList()));
			}
		}
		// Verified last, so the verification path (OrganizationVerified) is what makes postings public.
		for (DemoEmployer e : employers) {
			if (e.verified()) {
				organizations.verify(ids.get(e.key()));
			}
		}
	}

	/**
	 * Two coaches' credentials: Casey is a Recovery Support Specialist trainee part-way through the
	 * course (one entry waits for the supervisor); Riley is certified, with renewal two months away.
	 */
	private void credentialRecords(AccountUser supervisor, AccountUser casey, AccountUser riley, LocalDate today) {
		Long trainee = credentials.track(casey.id(), "CT-RSS", today.minusMonths(5));
		credentials.log(trainee, "TRAINING", null, new BigDecimal("24"), today.minusMonths(4),
				"Recovery Support Specialist course, weeks 1 to 3 (demo)", supervisor.id());
		credentials.log(trainee, "TRAINING", null, new BigDecimal("24"), today.minusMonths(3),
				"Recovery Support Specialist course, weeks 4 to 6 (demo)", supervisor.id());
		credentials.log(trainee, "TRAINING", null, new BigDecimal("16"), today.minusDays(6),
				"Recovery Support Specialist course, weeks 7 and 8 (demo)", null);
		Long certified = credentials.track(riley.id(), "CT-RSS", null);
		credentials.log(certified, "TRAINING", null, new BigDecimal("80"), today.minusMonths(35).minusDays(20),
				"Recovery Support Specialist course (demo)", supervisor.id());
		credentials.log(certified, "EXAM", null, null, today.minusMonths(34).minusDays(10), "Certification exam passed (demo)",
				supervisor.id());
		credentials.log(certified, "CERTIFIED", null, null, today.minusMonths(34), "Certificate RSS-DEMO-0417 (demo)", supervisor.id());
		credentials.log(certified, "CONTINUING_EDUCATION", null, new BigDecimal("30"), today.minusMonths(20),
				"Ethics and boundaries workshop series (demo)", supervisor.id());
		credentials.log(certified, "CONTINUING_EDUCATION", null, new BigDecimal("12"), today.minusMonths(5),
				"Motivational interviewing refresher (demo)", supervisor.id());
	}

	/** A JSON file of demo data (the data generator reads the postings too). */
	static <T> T read(JsonMapper json, String path, TypeReference<T> type) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return json.readValue(in, type);
		}
	}
}
