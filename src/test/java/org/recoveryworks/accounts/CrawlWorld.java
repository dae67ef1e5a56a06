package org.recoveryworks.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.recoveryworks.demo.DataGenerator;
import org.recoveryworks.demo.DemoAccounts;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The crawl tests' database: the demo data, generated data ({@link #SIZES}) and, through the application's own forms,
 * what neither has, so that each kind of record exists at least twice and each list page has something to list: the
 * demo job seeker's applications (one with a résumé), shared with the coach, a credential track and a case record
 * linked to the account, with plan versions, consents, a disclosure, a saved job and an upcoming session; the demo
 * employer's credential request and team invitation; the demo program's groups, mentors, trainings, consultations,
 * staff invitation, fidelity review draft, a certificate, and a sequestered record with emergency accesses to review;
 * password resets and registrations. Built once per database (the generated rows say whether it was).
 */
final class CrawlWorld {

	static final String LABEL = "CRAWL";
	static final DataGenerator.Sizes SIZES = new DataGenerator.Sizes(40, 10, 20, 10, 40, 3);

	private final MockMvc mvc;
	private final JdbcTemplate jdbc;
	private final Accounts accounts;
	private final ApiTokens tokens;
	private final DataGenerator generator;
	private final DevMailbox mailbox;
	private final Clock clock;

	CrawlWorld(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, ApiTokens tokens, DataGenerator generator, DevMailbox mailbox,
			Clock clock) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.tokens = tokens;
		this.generator = generator;
		this.mailbox = mailbox;
		this.clock = clock;
	}

	AccountUser account(String email) {
		Long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
		return accounts.find(id).orElseThrow();
	}

	/** A viewer signed in as the account, with a personal API token of its own. */
	Crawler.Viewer viewer(AccessMatrixTest.Who who, String email) {
		AccountUser user = account(email);
		return new Crawler.Viewer(who.name().toLowerCase() + " " + email, who, user, tokens.create(user, "Crawl"));
	}

	/** The site's links in the mail sent to an address (null: to anyone), which its reader follows. */
	List<String> mailLinks(String recipient) {
		Set<String> links = new LinkedHashSet<>();
		List<String> recipients = jdbc.queryForList("select distinct recipient from mail_message order by recipient", String.class);
		Pattern link = Pattern.compile("http://localhost(/[^\\s\"<>]+)");
		for (String to : recipient == null ? recipients : List.of(recipient)) {
			for (DevMailbox.Message m : mailbox.to(to)) {
				Matcher found = link.matcher(m.body() == null ? "" : m.body());
				while (found.find()) {
					links.add(found.group(1));
				}
			}
		}
		return new ArrayList<>(links);
	}

	/**
	 * Where a viewer starts, besides its home page and the routes it may reach: the links in its mail, the reports API
	 * for a period (it has no default), the program's sequestered records (for the emergency access) and the fidelity
	 * history with the demo's completed reviews.
	 */
	List<String> starts(Crawler.Viewer viewer) {
		List<String> starts = new ArrayList<>(mailLinks(viewer.user() == null ? null : viewer.user().email()));
		if (AccessMatrixTest.REPORT_READERS.contains(viewer.who())) {
			String period = "?from=" + today().minusYears(2) + "&to=" + today();
			starts.addAll(List.of("/api/v1/reports/program-results" + period, "/api/v1/reports/quarterly" + period,
					"/api/v1/reports/activity" + period));
		}
		if (viewer.who() == AccessMatrixTest.Who.COACH || viewer.who() == AccessMatrixTest.Who.SUPERVISOR) {
			jdbc.queryForList("select id from participant where pseudonym is not null and program_id = ?", Long.class,
					viewer.user().organizationId()).forEach(id -> starts.add("/coach/participants/" + id));
		}
		if (viewer.who() == AccessMatrixTest.Who.ADMIN) {
			starts.add("/programs/manage/fidelity/" + jdbc.queryForObject("select min(program_id) from fidelity_review where completed_at is not null",
					Long.class) + "/history");
		}
		return starts;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	synchronized void build() throws Exception {
		if (jdbc.queryForObject("select count(*) from participant where external_id like ?", Long.class, LABEL + "-P%") > 0) {
			return;
		}
		generator.generate(SIZES, 11, today(), "CT", LABEL);
		LocalDate today = today();
		AccountUser coach = account(DemoAccounts.COACH);
		AccountUser supervisor = account(DemoAccounts.SUPERVISOR);
		AccountUser seeker = account(DemoAccounts.SEEKER);
		AccountUser employer = account(DemoAccounts.EMPLOYER);
		AccountUser otherSeeker = account(jdbc.queryForObject("select min(email) from user_account where role = 'SEEKER' and email like ?",
				String.class, "%." + LABEL.toLowerCase() + "s%"));

		// Both job seekers keep a profile: two jobs and two schools each.
		for (AccountUser who : List.of(seeker, otherSeeker)) {
			redirects(post("/my/profile").param("phone", "(203) 555-0147").param("skills", "Cash register").with(user(who)).with(csrf()));
			for (String title : List.of("Cashier (crawl)", "Peer group co-leader (crawl)")) {
				redirects(post("/my/profile/experience").param("title", title).param("employer", "Park Street Market (crawl)").param("started", "2020-01")
					.with(user(who)).with(csrf()));
			}
			for (String school : List.of("Bassick High School (crawl)", "Recovery coach training (crawl)")) {
				redirects(post("/my/profile/schooling").param("school", school).with(user(who)).with(csrf()));
			}
		}

		// The demo job seeker (with a résumé) and a generated one apply to two of the demo employer's postings, answering
		// their open questions; the employer asks the demo job seeker for credential summaries and invites a colleague.
		List<Long> postings = jdbc.queryForList("select p.id from posting p where p.organization_id = ? and p.status = 'PUBLISHED'"
				+ " and (p.close_date is null or p.close_date >= ?) and not exists (select 1 from posting_question q"
				+ " where q.posting_id = p.id and q.required) order by p.id", Long.class, employer.organizationId(), today);
		for (Long posting : postings.subList(0, 2)) {
			List<Long> questions = jdbc.queryForList("select id from posting_question where posting_id = ? and type = 'TEXT'", Long.class,
					posting);
			for (AccountUser applicant : List.of(seeker, otherSeeker)) {
				var apply = multipart("/jobs/{id}/apply", posting).param("fullName", applicant.displayName()).param("email", applicant.email());
				questions.forEach(q -> apply.param("answers[" + q + "]", "Weekdays and some evenings."));
				// With the work history and schooling of their profile.
				jdbc.queryForList("select w.id from seeker_work w join seeker_profile p on p.id = w.profile_id where p.account_id = ?", Long.class,
						applicant.id()).forEach(w -> apply.param("work", w.toString()));
				jdbc.queryForList("select s.id from seeker_schooling s join seeker_profile p on p.id = s.profile_id where p.account_id = ?",
						Long.class, applicant.id()).forEach(w -> apply.param("schooling", w.toString()));
				apply.param("withSkills", "true");
				if (applicant == seeker) {
					apply.file(new MockMultipartFile("resume", "resume.pdf", "application/pdf", pdf()));
				}
				redirects(apply.with(user(applicant)).with(csrf()));
			}
		}
		// Both job seekers save two postings and two searches with alerts; the alerts job has sent one alert of each
		// (its runs are tested in SavedJobsIntegrationTest: here its records are written as it writes them).
		for (AccountUser who : List.of(seeker, otherSeeker)) {
			for (Long posting : postings.subList(0, 2)) {
				redirects(post("/jobs/{id}/save", posting).param("save", "true").with(user(who)).with(csrf()));
			}
			redirects(post("/my/searches").param("q", "peer support").param("alert", "DAILY").with(user(who)).with(csrf()));
			redirects(post("/my/searches").param("zip", "06702").param("radius", "25").param("alert", "WEEKLY").with(user(who)).with(csrf()));
		}
		for (Long search : jdbc.queryForList("select id from saved_search order by id", Long.class)) {
			jdbc.update("insert into job_alert_period (saved_search_id, period, sent_at) values (?, ?, current_timestamp)", search, today.toString());
			jdbc.update("insert into job_alert_posting (saved_search_id, posting_id, sent_at) values (?, ?, current_timestamp)", search,
					postings.get(0));
		}
		// Both agree to texts about their applications, and the employer's first look at one of each sends them a text.
		int n = 0;
		for (AccountUser who : List.of(seeker, otherSeeker)) {
			redirects(post("/my/texts").param("phone", "(860) 555-01" + (70 + n++)).param("purposes", "APPLICATION_STATUS", "JOB_ALERTS")
				.param("agree", "true").with(user(who)).with(csrf()));
			Long first = jdbc.queryForObject("select min(a.id) from job_application a join posting p on p.id = a.posting_id"
					+ " where a.seeker_id = ? and p.organization_id = ?", Long.class, who.id(), employer.organizationId());
			redirects(post("/employer/applications/{id}/stage", first).param("stage", "UNDER_REVIEW").with(user(employer)).with(csrf()));
		}
		List<Long> applications = jdbc.queryForList("select id from job_application where seeker_id = ? order by id", Long.class, seeker.id());
		for (Long application : applications) {
			redirects(post("/credentials/applications/{id}/request", application).with(user(employer)).with(csrf()));
		}
		redirects(post("/employer/team/invitations").param("email", "colleague.crawl@example.org").param("role", "EMPLOYER")
			.with(user(employer)).with(csrf()));
		Long typeId = jdbc.queryForObject("select id from credential_type where code = 'CT-RSS'", Long.class);
		redirects(post("/credentials").param("typeId", typeId.toString()).with(user(seeker)).with(csrf()));
		Long seekerTrack = jdbc.queryForObject("select id from credential_track where account_id = ?", Long.class, seeker.id());
		redirects(multipart("/credentials/{id}/entries", seekerTrack).param("kind", "WORK").param("hours", "40")
			.param("doneOn", today.minusDays(3).toString()).param("description", "Volunteer peer support (crawl)").with(user(seeker))
			.with(csrf()));

		// The coach links the demo job seeker's account to a demo case record: a plan in two versions, two saved jobs, an
		// application shared, an upcoming session, two consents (one with its signed form) and a disclosure under each.
		Long person = jdbc.queryForObject("select id from participant where external_id = 'P-0001'", Long.class);
		redirects(post("/coach/participants/{id}/invite", person).param("email", seeker.email()).with(user(coach)).with(csrf()));
		redirects(post("/my/coaching/invitations/{id}/accept", person).with(user(seeker)).with(csrf()));
		for (int base = 0; base < 2; base++) {
			redirects(plan(post("/coach/participants/{id}/plan", person), base, "Peer support work, version " + (base + 1))
				.with(user(coach)).with(csrf()));
		}
		for (Long posting : postings.subList(0, 2)) {
			redirects(post("/coach/participants/{id}/jobs/{posting}/save", person, posting).with(user(coach)).with(csrf()));
		}
		redirects(post("/my/applications/{id}/share", applications.get(0)).param("share", "true").with(user(seeker)).with(csrf()));
		redirects(post("/coach/participants/{id}/sessions", person).param("date", today.plusDays(2).toString()).param("time", "10:00")
			.param("minutes", "45").param("mode", "PHONE").param("kind", "JOB_SEARCH").with(user(coach)).with(csrf()));
		redirects(multipart("/coach/participants/{id}/consents", person).file(new MockMultipartFile("signedForm", "signed.pdf",
				"application/pdf", pdf())).params(consent(person, "Pat Doe, vocational rehabilitation")).with(user(coach)).with(csrf()));
		redirects(post("/coach/participants/{id}/consents", person).params(consent(person, "Lee Chan, housing case manager"))
			.with(user(coach)).with(csrf()));
		for (Long consent : jdbc.queryForList("select id from consent where participant_id = ?", Long.class, person)) {
			redirects(post("/coach/participants/{id}/consents/{c}/disclose", person, consent).param("information", "ENROLLMENT")
				.with(user(coach)).with(csrf()));
		}

		// The demo program's groups, mentors and pairings, trainings (attended), curricula and consultations, two of each.
		Long other = enroll(coach, "Morgan Crawl Ellis");
		List<Long> people = List.of(person, other);
		for (int i = 1; i <= 2; i++) {
			Long who = people.get(i - 1);
			String group = redirects(post("/coach/groups").param("name", "Working Tuesdays " + i).param("schedule", "Tuesdays 6 pm")
				.with(user(coach)).with(csrf())).getRedirectedUrl();
			redirects(post(group + "/meetings").param("heldOn", today.minusDays(i).toString()).param("theme", "Talking about work")
				.param("present", who.toString()).with(user(coach)).with(csrf()));
			redirects(post("/coach/mentors").param("name", "Sam Ortiz " + i).param("work", "Peer specialist").with(user(coach)).with(csrf()));
			Long mentor = jdbc.queryForObject("select max(id) from peer_mentor", Long.class);
			redirects(post("/coach/participants/{id}/mentoring", who).param("mentorId", mentor.toString()).with(user(coach)).with(csrf()));
			Long pairing = jdbc.queryForObject("select id from mentoring_pairing where participant_id = ?", Long.class, who);
			redirects(post("/coach/mentoring/{p}/meetings", pairing).param("metOn", today.toString()).param("minutes", "45")
				.param("mode", "PHONE").with(user(coach)).with(csrf()));
			String training = redirects(post("/coach/trainings").param("kind", "WEBINAR").param("title", "Disclosure at work " + i)
				.param("heldOn", today.minusDays(i).toString()).param("hours", "1").param("audience", "PARTICIPANTS").with(user(coach))
				.with(csrf())).getRedirectedUrl();
			redirects(post(training + "/registrations").param("participantId", who.toString()).with(user(coach)).with(csrf()));
			redirects(post("/coach/curricula").param("name", "Employment curriculum " + i).param("modules", "Why work?\nBenefits and work")
				.with(user(coach)).with(csrf()));
			redirects(post("/coach/consultations").param("employerName", "Harborlight Recovery Community Center " + i)
				.param("heldOn", today.minusDays(i).toString()).param("topics", "PEER_JOB_DESCRIPTIONS").param("tookPart", "HR director")
				.with(user(coach)).with(csrf()));
		}
		for (Long registration : jdbc.queryForList("select id from training_registration", Long.class)) {
			redirects(post("/coach/trainings/registrations/{r}", registration).param("completed", "true").with(user(coach)).with(csrf()));
		}
		// The coach's own certificate, waiting for the supervisor; new recovery codes for two-step sign-in.
		Long coachTrack = jdbc.queryForObject("select id from credential_track where account_id = ?", Long.class, coach.id());
		redirects(multipart("/credentials/{id}/entries", coachTrack).file(new MockMultipartFile("certificate", "course.pdf",
				"application/pdf", pdf())).param("kind", "TRAINING").param("hours", "8").param("doneOn", today.minusDays(2).toString())
			.param("description", "Ethics course (crawl)").with(user(coach)).with(csrf()));
		redirects(post("/account/two-step/recovery-codes").with(user(coach)).with(csrf()));

		// The supervisor invites a coach; the administrator starts a fidelity review of an IPS program.
		redirects(post("/staff/invitations").param("email", "new.coach.crawl@example.org").param("role", "COACH").with(user(supervisor))
			.with(csrf()));
		Long listing = jdbc.queryForObject("select min(id) from program_listing where kind = 'IPS_SUPPORTED_EMPLOYMENT'", Long.class);
		redirects(post("/programs/manage/fidelity/{id}", listing).param("reviewedOn", today.toString()).param("reviewers", "Crawl Reviewer")
			.param("draft", "1").with(user(account(DemoAccounts.ADMIN))).with(csrf()));

		// A record sequestered; the supervisor's emergency accesses to it, over (the supervisor sees the pseudonym again and
		// may ask again), wait for the privacy officer's review.
		Long sequestered = enroll(coach, "Robin Former Staff");
		redirects(post("/coach/participants/{id}/sequester", sequestered).param("confirm", "true").with(user(coach)).with(csrf()));
		for (int i = 0; i < 2; i++) {
			redirects(post("/coach/participants/{id}/emergency-access", sequestered)
				.param("reason", "Robin did not come home; the family asks us to confirm the last session.").with(user(supervisor))
				.with(csrf()));
			jdbc.update("update emergency_access set ends_at = ? where participant_id = ?",
					java.sql.Timestamp.from(clock.instant().minusSeconds(1)), sequestered);
		}

		// Two people ask for a new password, two visitors register (the mail's links are crawled).
		for (AccountUser forgetful : List.of(seeker, otherSeeker)) {
			redirects(post("/password/forgot").param("email", forgetful.email()).with(csrf()));
		}
		for (int i = 1; i <= 2; i++) {
			redirects(post("/register/seeker").param("displayName", "New Seeker " + i).param("email", "new.seeker" + i + ".crawl@example.org")
				.param("password", "a long crawl password " + i).with(csrf()));
		}
	}

	/** Enrolls a person on the coach's caseload, a month ago: the new record's id. */
	Long enroll(AccountUser coach, String name) throws Exception {
		String location = redirects(post("/coach/participants").param("fullName", name).param("town", "Middletown")
			.param("enrolledOn", today().minusMonths(1).toString()).param("employmentStatus", "UNEMPLOYED_LOOKING").param("benefits", "NONE")
			.with(user(coach)).with(csrf())).getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The fields of a consent to disclose enrollment dates, signed today for three months. */
	MultiValueMap<String, String> consent(Long participant, String recipient) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("discloser", "Peer Employment Program");
		fields.add("information", "ENROLLMENT");
		fields.add("description", "Enrollment dates");
		fields.add("recipientName", recipient);
		fields.add("purpose", "Planning services");
		fields.add("expiresOn", today().plusMonths(3).toString());
		fields.add("signedBy", "The person");
		fields.add("signedOn", today().toString());
		fields.add("toldRightToRevoke", "true");
		return fields;
	}

	/** The plan form, from version {@code base}. */
	MockHttpServletRequestBuilder plan(MockHttpServletRequestBuilder request, int base, String goal) {
		return request.param("baseNumber", String.valueOf(base)).param("employmentGoal", goal).param("strengths", "Good listener")
			.param("preferredWork", "peer support").param("preferredHours", "20").param("steps[0].what", "Finish the recovery coach training")
			.param("steps[0].who", "Me").param("steps[0].byWhen", today().plusDays(3).toString()).param("steps[0].status", "IN_PROGRESS");
	}

	/** Sends a form that must be accepted (a redirect without an error message, not the form again). */
	MockHttpServletResponse redirects(RequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		MockHttpServletResponse r = result.getResponse();
		if (r.getStatus() != 302 || r.getRedirectedUrl() == null || result.getFlashMap().containsKey("errorKey")) {
			throw new IllegalStateException("Setting up the crawl: " + result.getRequest().getRequestURI() + " answered " + r.getStatus()
					+ " " + r.getRedirectedUrl() + " " + result.getFlashMap() + "\n" + r.getContentAsString());
		}
		return r;
	}

	/** A real one-page PDF (an upload must look like one). */
	static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}
}
