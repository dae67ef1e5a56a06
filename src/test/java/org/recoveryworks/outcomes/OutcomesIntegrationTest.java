package org.recoveryworks.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.PdfChecks;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.jobs.JobBank;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Placements, SSI/SSDI changes and follow-ups as a coach records them, and the reports built on them. */
@org.junit.jupiter.api.Tag("database")
class OutcomesIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	JobBank jobBank;

	@Autowired
	Imports imports;

	@Autowired
	org.recoveryworks.accounts.ApiTokens tokens;

	@Autowired
	org.recoveryworks.shared.events.EventRetries retries;

	private Long enroll(AccountUser coach, String name, LocalDate on) throws Exception {
		String location = mvc.perform(post("/coach/participants").param("fullName", name).param("enrolledOn", on.toString())
				.param("employmentStatus", "UNEMPLOYED_LOOKING").param("benefits", "SSDI").with(user(coach)).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	/** A job seeker invited to the participant's record by the coach, who accepted: the record is linked to their account. */
	private AccountUser linkedSeeker(AccountUser coach, Long participantId) throws Exception {
		AccountUser person = data.seeker();
		mvc.perform(post("/coach/participants/{id}/invite", participantId).param("email", person.email()).with(user(coach)).with(csrf()));
		mvc.perform(post("/my/coaching/invitations/{id}/accept", participantId).with(user(person)).with(csrf()));
		return person;
	}

	private static MockHttpServletRequestBuilder job(MockHttpServletRequestBuilder request, LocalDate start) {
		return request.param("jobTitle", "Peer Support Specialist").param("employerName", "Shoreline Recovery Center")
			.param("behavioralHealth", "true").param("peerRole", "true").param("hoursPerWeek", "24").param("hourlyWage", "21.50")
			.param("healthInsurance", "true").param("openToAnyone", "true").param("state", "ct").param("startDate", start.toString());
	}

	@Test
	void aCoachRecordsAJobAndItsFollowUpsAreScheduledShownWhenDueAndRecorded() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		LocalDate start = LocalDate.now(clock).minusMonths(6).plusDays(5);
		Long id = enroll(coach, "Robin Demo Ellis", start.minusMonths(2));

		mvc.perform(get("/coach/participants/{id}", id).with(user(coach)))
			.andExpect(content().string(containsString("/coach/participants/" + id + "/outcomes")));
		mvc.perform(post("/coach/participants/{id}/placements", id).param("jobTitle", "Peer Support Specialist")
				.param("employerName", "Shoreline Recovery Center").param("hoursPerWeek", "200").param("state", "CT")
				.param("startDate", start.toString()).param("endDate", start.minusDays(1).toString()).with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter hours between 0.5 and 80")))
			.andExpect(content().string(containsString("The end date cannot be before the start date.")))
			.andExpect(content().string(containsString("Choose why the job ended.")));
		assertThat(jdbc.queryForObject("select count(*) from placement where participant_id = ?", Long.class, id)).isZero();
		mvc.perform(post("/coach/participants/{id}/placements", id).param("jobTitle", "Peer Support Specialist")
				.param("employerName", "Shoreline Recovery Center").param("hoursPerWeek", "20").param("state", "CT")
				.param("startDate", "+20255-01-01").with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date between the years 1900 and 2100.")));

		mvc.perform(job(post("/coach/participants/{id}/placements", id), start).with(user(coach)).with(csrf()))
			.andExpect(redirectedUrl("/coach/participants/" + id + "/outcomes"))
			.andExpect(flash().attribute("flashKey", "placement.recorded"));
		assertThat(jdbc.queryForList("select months from follow_up where participant_id = ? order by months", Integer.class, id))
			.containsExactly(6, 12, 24);
		assertThat(jdbc.queryForObject("select competitive from placement where participant_id = ?", Boolean.class, id)).isTrue();

		// The 6-month follow-up is due in a few days: it is on the coach's dashboard.
		Long followUp = jdbc.queryForObject("select id from follow_up where participant_id = ? and months = 6", Long.class, id);
		mvc.perform(get("/coach").with(user(coach)))
			.andExpect(content().string(containsString("Robin Demo Ellis: 6-month follow-up (Peer Support Specialist)")))
			.andExpect(content().string(containsString("/coach/follow-ups/" + followUp)));
		mvc.perform(get("/coach").with(user(program.otherCoach())))
			.andExpect(content().string(not(containsString("/coach/follow-ups/" + followUp))));

		mvc.perform(post("/coach/follow-ups/{f}", followUp).param("reached", "true").param("contactedOn", LocalDate.now(clock).toString())
				.with(user(coach)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Say whether the person is working now.")));
		mvc.perform(post("/coach/follow-ups/{f}", followUp).param("reached", "true").param("contactedOn", LocalDate.now(clock).toString())
				.param("stillEmployed", "true").param("sameJob", "true").param("hoursPerWeek", "28").param("hourlyWage", "22.00")
				.with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "followUp.recorded"));
		mvc.perform(get("/coach").with(user(coach)))
			.andExpect(content().string(not(containsString("/coach/follow-ups/" + followUp))));
		mvc.perform(get("/coach/participants/{id}/outcomes", id).with(user(coach)))
			.andExpect(content().string(containsString("Peer Support Specialist")))
			.andExpect(content().string(containsString("6-month follow-up")))
			.andExpect(content().string(containsString("working (")));

		// Nobody else opens these records: another coach, an employer, another program's supervisor.
		for (AccountUser outsider : List.of(program.otherCoach(), data.employer(true), data.program().supervisor())) {
			mvc.perform(get("/coach/participants/{id}/outcomes", id).with(user(outsider))).andExpect(status().isNotFound());
			mvc.perform(get("/coach/follow-ups/{f}", followUp).with(user(outsider))).andExpect(status().isNotFound());
			mvc.perform(post("/coach/follow-ups/{f}", followUp).param("reached", "false").param("contactedOn", LocalDate.now(clock).toString())
					.with(user(outsider)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertThat(audit.forParticipant(id)).extracting(e -> e.recordType() + ":" + e.action())
			.contains("placement:CREATE", "follow-up:UPDATE", "follow-up:READ", "outcomes:READ");
	}

	@Test
	void benefitsChangesAreHistoryAndLeavingBecauseOfWorkIsComputed() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long id = enroll(coach, "Sam Demo Ortiz", LocalDate.now(clock).minusYears(1));

		mvc.perform(post("/coach/participants/{id}/benefits", id).param("changedOn", LocalDate.now(clock).plusDays(3).toString())
				.with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date cannot be in the future.")))
			.andExpect(content().string(containsString("Choose SSI or SSDI.")));
		mvc.perform(post("/coach/participants/{id}/benefits", id).param("changedOn", LocalDate.now(clock).minusMonths(2).toString())
				.param("benefit", "SSDI").param("change", "STOPPED").param("reason", "EARNINGS_FROM_WORK").with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "benefits.recorded"));
		mvc.perform(get("/coach/participants/{id}/outcomes", id).with(user(coach)))
			.andExpect(content().string(containsString("SSDI: left because of earnings from work")));
		mvc.perform(post("/coach/participants/{id}/benefits", id).param("changedOn", LocalDate.now(clock).toString())
				.param("benefit", "SSDI").param("change", "RESUMED").param("reason", "OTHER").with(user(coach)).with(csrf()));
		mvc.perform(get("/coach/participants/{id}/outcomes", id).with(user(coach)))
			.andExpect(content().string(containsString("SSDI: receiving since")))
			.andExpect(content().string(containsString("Earnings from work")));
		mvc.perform(post("/coach/participants/{id}/benefits", id).param("changedOn", LocalDate.now(clock).toString())
				.param("benefit", "SSI").param("change", "STOPPED").param("reason", "OTHER").with(user(program.otherCoach())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from benefits_change where participant_id = ?", Long.class, id)).isEqualTo(2);
	}

	/**
	 * The placement suggestion is a reaction of outcomes to the job bank's event, recorded in the event publication
	 * registry: when it fails (here its first read of the case files), the hire stays saved, the reaction stays in the
	 * registry as failed, and the retry does its work.
	 */
	@Test
	void aPlacementSuggestionThatFailsIsDoneByTheRetry() throws Exception {
		AccountUser coach = data.program().coach();
		Long id = enroll(coach, "Riley Demo Retry", LocalDate.now(clock).minusMonths(2));
		AccountUser person = linkedSeeker(coach, id);
		AccountUser employer = data.employer(true);
		Long posting = jobBank.post(employer.organizationId(), data.posting("Warehouse Associate", List.of()), true).id();
		Long application = apply(person, posting);
		mvc.perform(post("/my/applications/{a}/share", application).param("share", "true").with(user(person)).with(csrf()));

		org.recoveryworks.FailOnce.nextCall(org.recoveryworks.coaching.CaseFiles.class, "linkedTo",
				new org.springframework.dao.QueryTimeoutException("The database did not answer in time (a test's failure)"));
		hire(employer, application);
		assertThat(org.recoveryworks.FailOnce.armed(org.recoveryworks.coaching.CaseFiles.class, "linkedTo")).as("the reaction ran").isFalse();
		assertThat(jdbc.queryForObject("select stage from job_application where id = ?", String.class, application)).isEqualTo("HIRED");
		assertThat(jdbc.queryForObject("select count(*) from placement where participant_id = ?", Long.class, id)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from event_publication where status = 'FAILED' and serialized_event like ?",
				Long.class, "%\"applicationId\":" + application + ",%")).isEqualTo(1);

		// Too young to retry: nothing happens; a minute later (the application's clock moved on) the retry does the work.
		retries.retryFailed();
		assertThat(jdbc.queryForObject("select count(*) from placement where participant_id = ?", Long.class, id)).isZero();
		org.recoveryworks.shared.TestClock.advance(clock, java.time.Duration.ofMinutes(2));
		retries.retryFailed();
		assertThat(jdbc.queryForObject("select count(*) from placement where participant_id = ? and status = 'SUGGESTED'", Long.class, id))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Long.class,
				"%\"applicationId\":" + application + ",%")).as("a reaction that has run leaves the registry").isZero();
		mvc.perform(get("/coach").with(user(coach)))
			.andExpect(content().string(containsString("Confirm a job for Riley Demo Retry: Warehouse Associate at")));
	}

	@Test
	void aHireInTheJobBankAsksTheCoachToConfirmAPlacementOnlyIfThePersonSharedIt() throws Exception {
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long id = enroll(coach, "Jordan Demo Park", LocalDate.now(clock).minusMonths(3));
		AccountUser person = linkedSeeker(coach, id);
		AccountUser employer = data.employer(true);
		Long shared = jobBank.post(employer.organizationId(), data.posting("Recovery Coach", List.of()), true).id();
		Long notShared = jobBank.post(employer.organizationId(), data.posting("Office Assistant", List.of()), true).id();
		Long sharedApplication = apply(person, shared);
		Long privateApplication = apply(person, notShared);
		mvc.perform(post("/my/applications/{a}/share", sharedApplication).param("share", "true").with(user(person)).with(csrf()));

		hire(employer, privateApplication);
		assertThat(jdbc.queryForObject("select count(*) from placement where participant_id = ?", Long.class, id)).isZero();
		hire(employer, sharedApplication);
		Long suggestion = jdbc.queryForObject("select id from placement where participant_id = ? and status = 'SUGGESTED'", Long.class, id);

		mvc.perform(get("/coach").with(user(coach)))
			.andExpect(content().string(containsString("Confirm a job for Jordan Demo Park: Recovery Coach at")))
			.andExpect(content().string(containsString("/coach/placements/" + suggestion + "/edit")));
		mvc.perform(get("/coach/placements/{p}/edit", suggestion).with(user(coach)))
			.andExpect(content().string(containsString("value=\"Recovery Coach\"")))
			.andExpect(content().string(containsString("Confirm the job")));
		// Until confirmed it is not a job in the reports.
		assertThat(reportFigure(program.supervisor(), "JOBS_BH_FULL_TIME")).isZero();
		String version = jdbc.queryForObject("select version from placement where id = ?", String.class, suggestion);
		mvc.perform(job(post("/coach/placements/{p}", suggestion), LocalDate.now(clock)).param("jobTitle", "Recovery Coach")
				.param("fullTime", "true").param("viaJobBank", "true").param("version", version).with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "placement.confirmed"));
		assertThat(jdbc.queryForObject("select status from placement where id = ?", String.class, suggestion)).isEqualTo("CONFIRMED");
		assertThat(jdbc.queryForObject("select count(*) from follow_up where placement_id = ?", Long.class, suggestion)).isEqualTo(3);
		assertThat(reportFigure(program.supervisor(), "JOBS_BH_FULL_TIME")).isEqualTo(1);
		// A stale form (the version moved on) does not overwrite the saved job.
		mvc.perform(job(post("/coach/placements/{p}", suggestion), LocalDate.now(clock)).param("jobTitle", "Changed").param("version", version)
				.with(user(coach)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"edit-conflict\".*Changed.*</table>.*")));
		mvc.perform(post("/coach/placements/{p}/dismiss", suggestion).with(user(coach)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "placement.dismiss.onlySuggestions"));
	}

	@Test
	void theQuarterlyReportCountsTheCaseloadAndCompetitiveJobsPerQuarter() throws Exception {
		TestData.Program program = data.program();
		String coachEmail = program.coach().email();
		assertThat(imports.apply(program.supervisor(), null, ImportKind.PARTICIPANTS, csv(
				"external_id,full_name,enrolled_on,discharged_on,discharge_reason,employment_status,coach_email\r\n"
				+ "Q1,A Demo,2025-01-10,,,unemployed_looking," + coachEmail + "\r\n"
				+ "Q2,B Demo,2025-02-10,,,unemployed_looking," + coachEmail + "\r\n"
				+ "Q3,C Demo,2025-02-20,2025-03-15,moved_away,unemployed_looking," + coachEmail + "\r\n"
				+ "Q4,D Demo,2025-05-01,,,unemployed_looking," + coachEmail + "\r\n")).errors()).isEmpty();
		assertThat(imports.apply(program.supervisor(), null, ImportKind.PLACEMENTS, csv(
				"external_id,participant_external_id,employer_name,job_title,behavioral_health,full_time,hours_per_week,hourly_wage,open_to_anyone,start_date,end_date,end_reason\r\n"
				+ "QJ1,Q1,Cafe,Barista,no,no,20,17.50,yes,2025-03-01,,\r\n"
				+ "QJ2,Q2,Clinic,Peer Mentor,yes,no,15,18.00,yes,2025-04-15,2025-05-20,quit\r\n"
				+ "QJ3,Q4,Workshop,Assembler,no,no,20,12.00,yes,2025-05-10,,\r\n"
				+ "QJ4,Q4,Agency,Clerk,no,no,20,20.00,no,2025-06-01,,\r\n")).errors()).isEmpty();

		// Opened without dates, the report shows the last year with figures, not this year's zeros.
		org.jsoup.nodes.Document opened = org.jsoup.Jsoup.parse(mvc.perform(get("/reports/quarterly").with(user(program.supervisor())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		boolean thisYearHasNone = today.getYear() > 2025;
		assertThat(opened.select("input[name=from]").attr("value")).isEqualTo(thisYearHasNone ? "2025-01-01" : today.withDayOfYear(1).toString());
		assertThat(opened.select("input[name=to]").attr("value")).isEqualTo(thisYearHasNone ? "2025-12-31" : today.toString());
		assertThat(opened.select("#quarterly-table tbody tr")).isNotEmpty();
		// A program with nothing to report yet opens on this year.
		org.jsoup.nodes.Document empty = org.jsoup.Jsoup.parse(mvc.perform(get("/reports/quarterly").with(user(data.program().supervisor())))
			.andReturn().getResponse().getContentAsString());
		assertThat(empty.select("input[name=from]").attr("value")).isEqualTo(today.withDayOfYear(1).toString());

		String page = mvc.perform(get("/reports/quarterly?from=2025-01-01&to=2025-06-30").with(user(program.supervisor())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"rate-chart\"").contains("role=\"img\"").contains("<desc");
		// Q1: caseload A, B, C; working A (from March). Q2: caseload A, B, D; working A, B; D's jobs are below the
		// minimum wage or not open to anyone.
		String csv = mvc.perform(get("/reports/quarterly.csv?from=2025-01-01&to=2025-06-30").with(user(program.supervisor())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(csv.split("\r\n")).containsExactly(
				"quarter,start,end,caseload,working_in_competitive_jobs,employment_rate_percent,band,new_job_starts",
				"2025 Q1,2025-01-01,2025-03-31,3,1,33.3,Below the benchmark,1",
				"2025 Q2,2025-04-01,2025-06-30,3,2,66.7,High,1");
		// In Spanish the column names and the bands are Spanish; the figures are the same.
		String spanishCsv = mvc.perform(get("/reports/quarterly.csv?from=2025-01-01&to=2025-06-30").with(user(program.supervisor()))
				.header("Accept-Language", "es-US"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(spanishCsv.split("\r\n")).containsExactly(
				"trimestre,inicio,fin,lista_de_casos,con_empleo_competitivo,tasa_de_empleo_por_ciento,franja,empleos_nuevos",
				"2025 Q1,2025-01-01,2025-03-31,3,1,33.3,Por debajo de la meta,1",
				"2025 Q2,2025-04-01,2025-06-30,3,2,66.7,Alto,1");
		byte[] pdf = mvc.perform(get("/reports/quarterly.pdf?from=2025-01-01&to=2025-06-30").with(user(program.supervisor())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		// A tagged PDF/UA: its tables have header cells, and it reads in order: the headers, then each quarter's row
		// with its figures (the same as the page's and the CSV's), then the chart, then the bands.
		PdfChecks.assertTaggedPdfUa(pdf, "en-US", "Quarterly employment outcomes", "H1", "P", "Table", "TR", "TH", "TD", "L", "LI");
		PdfChecks.assertInOrder(pdf, "Quarterly employment outcomes", "Quarter", "People on the caseload", "Working in a competitive job",
				"Employment rate", "Band", "New job starts",
				"2025 Q1", "3", "1", "33.3%", "Below the benchmark", "1",
				"2025 Q2", "3", "2", "66.7%", "High", "1",
				"Employment rate by quarter", "2025 Q1", "33.3%", "2025 Q2", "66.7%",
				"Benchmark bands", "High: 50% and above");
	}

	@Test
	void reportChoicesAreCheckedAndAdministratorsSeeFiguresButNoRecords() throws Exception {
		TestData.Program program = data.program();
		mvc.perform(get("/reports/program-results?from=2025-05-01&to=2025-01-01").with(user(program.supervisor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The last day cannot be before the first day.")))
			.andExpect(content().string(not(containsString("id=\"program-results\""))));
		mvc.perform(get("/reports/program-results?from=2025-01-01&to=+999999999-12-31").with(user(program.supervisor())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Enter a date between the years 1900 and 2100.")));
		mvc.perform(get("/reports/program-results?from=not-a-date&to=2025-01-01").with(user(program.supervisor())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("usa-error-message")));
		mvc.perform(get("/reports/program-results?from=2025-01-01&to=2025-02-01&coach=" + data.program().coach().id())
				.with(user(program.supervisor())))
			.andExpect(content().string(containsString("Choose a coach of the program.")));
		mvc.perform(get("/reports/program-results.csv?from=2025-05-01&to=2025-01-01").with(user(program.supervisor())))
			.andExpect(redirectedUrl("/reports/program-results"));
		for (String url : List.of("/reports/program-results", "/reports/quarterly", "/reports/activity", "/reports/export/sessions.csv")) {
			mvc.perform(get(url).with(user(data.seeker()))).andExpect(status().isForbidden());
			mvc.perform(get(url).with(user(data.employer(true)))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/reports/program-results")).andExpect(status().is3xxRedirection());

		AccountUser admin = org.recoveryworks.TestData.admin();
		mvc.perform(get("/reports/program-results?from=2025-01-01&to=2025-12-31&program=" + program.id()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"program-results\"")))
			.andExpect(content().string(not(containsString("/reports/program-results/people"))));
		mvc.perform(get("/reports/program-results/people?from=2025-01-01&to=2025-12-31&figure=PEOPLE_ASSISTED").with(user(admin)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/reports/program-results?from=2025-01-01&to=2025-12-31&program=999999999").with(user(admin)))
			.andExpect(content().string(containsString("Choose a program from the list.")));
		mvc.perform(get("/reports/export/participants.csv?from=2025-01-01&to=2025-12-31").with(user(admin)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/reports/export/sessions.csv?from=2025-01-01&to=2025-12-31").with(user(admin)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/reports/activity?from=2025-01-01&to=2025-12-31").with(user(admin)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"activity-table\"")));
		// The activity PDF: tagged PDF/UA, each measure followed by the same number as in the CSV, in the page's order.
		Map<String, String> figures = new java.util.HashMap<>();
		for (String line : mvc.perform(get("/reports/activity.csv?from=2025-01-01&to=2025-12-31").with(user(admin)))
			.andReturn().getResponse().getContentAsString().split("\r\n")) {
			figures.put(line.substring(0, line.indexOf(',')), line.substring(line.indexOf(',') + 1));
		}
		byte[] pdf = mvc.perform(get("/reports/activity.pdf?from=2025-01-01&to=2025-12-31").with(user(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		PdfChecks.assertTaggedPdfUa(pdf, "en-US", "Job bank, trainings and consultations", "H1", "P", "Table", "TH", "TD");
		PdfChecks.assertInOrder(pdf, "Job bank, trainings and consultations", "Job bank (all employers)", "Measure", "Number",
				"Jobs posted " + figures.get("postings_opened"), "Employers posting " + figures.get("employers_posting"),
				"Applications " + figures.get("applications"), "Hires " + figures.get("hires"),
				"Job page views " + figures.get("job_page_views"), "Trainings held " + figures.get("training_events"),
				"People who attended trainings " + figures.get("training_attendees"),
				"Employer consultations " + figures.get("employer_consultations"),
				"Employers consulted " + figures.get("employers_consulted"));
	}

	@Test
	void theFiguresLinkToThePeopleBehindThemAndTheExportsNameNoOne() throws Exception {
		TestData.Program program = data.program();
		String coachEmail = program.coach().email();
		imports.apply(program.supervisor(), null, ImportKind.PARTICIPANTS, csv(
				"external_id,full_name,phone,email,enrolled_on,employment_status,coach_email\r\n"
				+ "E1,Eli Demo Vance,860-555-0199,eli.vance@example.org,2025-01-10,unemployed_looking," + coachEmail + "\r\n"
				+ "E2,Flo Demo Grant,,,2025-01-12,unemployed_looking," + coachEmail + "\r\n"));
		imports.apply(program.supervisor(), null, ImportKind.SESSIONS, csv(
				"external_id,participant_external_id,date,minutes,mode,kind,note\r\n"
				+ "ES1,E1,2025-02-01,60,in_person,job_search,Talked about the relapse last spring\r\n"));
		String period = "from=2025-01-01&to=2025-12-31";

		mvc.perform(get("/reports/program-results/people?" + period + "&figure=SESSIONS").with(user(program.coach())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Eli Demo Vance")))
			.andExpect(content().string(not(containsString("Flo Demo Grant"))));
		mvc.perform(get("/reports/program-results/people?" + period + "&figure=PEOPLE_ASSISTED").with(user(program.otherCoach())))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("Eli Demo Vance"))));
		Long eli = jdbc.queryForObject("select id from participant where program_id = ? and external_id = 'E1'", Long.class, program.id());
		assertThat(audit.forParticipant(eli)).extracting(AuditTrail.Entry::recordType).contains("report: sessions");

		String people = mvc.perform(get("/reports/export/participants.csv?" + period).with(user(program.supervisor())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String sessions = mvc.perform(get("/reports/export/sessions.csv?" + period).with(user(program.supervisor())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(people.split("\r\n")).hasSize(3);
		assertThat(sessions.split("\r\n")).hasSize(2);
		assertThat(people + sessions).doesNotContain("Eli", "Vance", "860-555", "example.org", "relapse", "2025-01-10");
		assertThat(people.split("\r\n")[1]).matches("P[0-9A-F]{12},2025,,UNEMPLOYED_LOOKING,NONE,1,0,0,0,0,0,0,,no,0,");
		assertThat(sessions.split("\r\n")[1]).startsWith(people.split("\r\n")[1].substring(0, 13) + ",2025-02-01,60,IN_PERSON,JOB_SEARCH");
	}

	@Test
	void theReportsApiGivesTheSameFiguresToTokensOfStaffAndRefusesBadChoices() throws Exception {
		TestData.Program program = data.program();
		imports.apply(program.supervisor(), null, ImportKind.PARTICIPANTS, csv(
				"external_id,full_name,enrolled_on,employment_status,coach_email\r\n"
				+ "R1,Rae Demo,2025-01-10,unemployed_looking," + program.coach().email() + "\r\n"));
		String token = tokens.create(program.supervisor(), "funder sync");
		mvc.perform(get("/api/v1/reports/program-results?from=2025-01-01&to=2025-12-31").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures.people_assisted").value(1))
			.andExpect(jsonPath("$.figures.sessions").value(0))
			.andExpect(jsonPath("$.programId").value(program.id()));
		mvc.perform(get("/api/v1/reports/quarterly?from=2025-01-01&to=2025-06-30").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andExpect(jsonPath("$.quarters[0].caseload").value(1)).andExpect(jsonPath("$.quarters.length()").value(2));
		mvc.perform(get("/api/v1/reports/activity?from=2025-01-01&to=2025-06-30").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andExpect(jsonPath("$.activity.consultations").value(0));
		mvc.perform(get("/api/v1/reports/program-results?from=2025-13-01&to=2025-12-31").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/reports/program-results?from=2025-05-01&to=2025-01-01").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/reports/program-results?from=2025-01-01&to=2025-12-31&coach=" + data.program().coach().id())
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isUnprocessableContent());
		String seekerToken = tokens.create(data.seeker(), "mine");
		mvc.perform(get("/api/v1/reports/program-results?from=2025-01-01&to=2025-12-31").header("Authorization", "Bearer " + seekerToken))
			.andExpect(status().isForbidden());

		// Each download is in the audit trail.
		mvc.perform(get("/reports/export/participants.csv?from=2025-01-01&to=2025-12-31").with(user(program.supervisor())))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_id = ? and record_type = ?", Long.class,
				program.supervisor().id(), "export: participants-deidentified.csv")).isEqualTo(1);
	}

	private Long apply(AccountUser person, Long postingId) throws Exception {
		mvc.perform(multipart("/jobs/{p}/apply", postingId).param("fullName", person.displayName()).param("email", person.email())
			.with(user(person)).with(csrf()));
		return jdbc.queryForObject("select id from job_application where seeker_id = ? and posting_id = ?", Long.class, person.id(), postingId);
	}

	private void hire(AccountUser employer, Long applicationId) throws Exception {
		mvc.perform(post("/employer/applications/{a}/stage", applicationId).param("stage", "HIRED").with(user(employer)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "stage.moved"));
	}

	private long reportFigure(AccountUser supervisor, String figure) throws Exception {
		String page = mvc.perform(get("/reports/program-results?from=" + LocalDate.now(clock).minusYears(1) + "&to=" + LocalDate.now(clock))
			.with(user(supervisor))).andReturn().getResponse().getContentAsString();
		return ProgramResultsIntegrationTest.figures(page).get(figure);
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
