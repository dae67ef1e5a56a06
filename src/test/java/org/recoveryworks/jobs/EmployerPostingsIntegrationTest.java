package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

@org.junit.jupiter.api.Tag("database")
class EmployerPostingsIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Applications applications;

	private Long applicationsQuestion(long postingId) {
		return jdbc.queryForObject("select id from posting_question where posting_id = ?", Long.class, postingId);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String recruitmentNumber,
			String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("recruitmentNumber", recruitmentNumber);
		fields.put("title", "Recovery Coach");
		fields.put("town", "Hartford");
		fields.put("zip", "06103");
		fields.put("hoursPerWeek", "30");
		fields.put("shift", "SECOND");
		fields.put("employmentType", "PART_TIME");
		fields.put("salaryUnit", "BIWEEKLY");
		fields.put("salaryMin", "1598.59");
		fields.put("salaryMax", "2171.61");
		fields.put("payPeriodHours", "70");
		fields.put("periodsPerYear", "26.1");
		fields.put("duties", "Coach people in early recovery.");
		fields.put("minimumQualifications", "CCAR Recovery Coach Academy certificate.");
		fields.put("openDate", LocalDate.now(clock).toString());
		fields.put("closeDate", LocalDate.now(clock).plusDays(20).toString());
		fields.put("openings", "2");
		fields.put("peerRole", "true");
		fields.put("questions[0].text", "Are you able to travel to Danbury?");
		fields.put("questions[0].type", "YES_NO");
		fields.put("questions[0].required", "true");
		fields.put("questions[1].text", "");
		fields.put("questions[1].type", "TEXT");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request;
	}

	@Test
	void employerPostsAJobWithQuestionsThroughTheForm() throws Exception {
		AccountUser employer = data.employer(true);
		String number = "F-" + TestData.next();
		mvc.perform(form(post("/employer/postings"), number, "action", "publish").with(user(employer)).with(csrf()))
			.andExpect(redirectedUrlPattern("/employer/postings/*"));
		Long id = jdbc.queryForObject("select id from posting where recruitment_number = ?", Long.class, number);
		PostingView posting = jobBank.find(id);
		assertThat(posting.state()).isEqualTo(PostingState.OPEN);
		assertThat(posting.pay().hourlyMin()).isEqualByComparingTo("22.84");
		assertThat(posting.pay().yearlyMax()).isEqualByComparingTo("56679.02");
		assertThat(posting.questions()).extracting(PostingView.QuestionView::text).containsExactly("Are you able to travel to Danbury?");
	}

	@Test
	void refusesAnAdaQuestionNextToTheFieldAndSavesNothing() throws Exception {
		AccountUser employer = data.employer(true);
		String number = "F-" + TestData.next();
		mvc.perform(form(post("/employer/postings"), number,
			"questions[1].text", "Have you ever been hospitalized for a mental illness?")
			.with(user(employer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Americans with Disabilities Act (ADA)")))
			.andExpect(content().string(containsString("usa-form-group--error")));
		assertThat(jdbc.queryForObject("select count(*) from posting where recruitment_number = ?", Long.class, number)).isZero();
	}

	@Test
	void showsFieldMessagesForBadInput() throws Exception {
		AccountUser employer = data.employer(true);
		mvc.perform(form(post("/employer/postings"), "F-" + TestData.next(),
			"salaryMin", "lots", "salaryMax", "10", "closeDate", LocalDate.now(clock).minusDays(5).toString(),
			"questions[1].text", "Pick one", "questions[1].type", "CHOICE", "questions[1].choicesText", "Only one")
			.with(user(employer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter a number, like 18.50.")))
			.andExpect(content().string(containsString("The close date must be on or after the open date.")))
			.andExpect(content().string(containsString("Give at least two choices, one per line.")));
		mvc.perform(form(post("/employer/postings"), "F-" + TestData.next(), "zip", "99999").with(user(employer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We do not know this ZIP code.")));
	}

	@Test
	void warnsWhenLivedExperienceIsTheOnlyQualification() throws Exception {
		AccountUser employer = data.employer(true);
		String number = "F-" + TestData.next();
		mvc.perform(form(post("/employer/postings"), number, "minimumQualifications", "Lived experience of recovery.")
			.with(user(employer)).with(csrf())).andExpect(status().is3xxRedirection());
		Long id = jdbc.queryForObject("select id from posting where recruitment_number = ?", Long.class, number);
		mvc.perform(get("/employer/postings/{id}", id).with(user(employer)))
			.andExpect(content().string(containsString("lived-experience-warning")))
			.andExpect(content().string(containsString("Do not make lived experience the only need")));
	}

	@Test
	void closingAPostingIsAStepOfItsOwn() throws Exception {
		AccountUser employer = data.employer(true);
		Long id = jobBank.post(employer.organizationId(), data.posting("Close Me " + TestData.next(), List.of()), true).id();
		org.jsoup.nodes.Element close = org.jsoup.Jsoup.parse(mvc.perform(get("/employer/postings/{id}", id).with(user(employer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).selectFirst("details#close-posting");
		assertThat(close).isNotNull();
		assertThat(close.hasAttr("open")).isFalse();
		assertThat(close.select("form").attr("action")).isEqualTo("/employer/postings/" + id + "/close");
		assertThat(close.text()).contains("The job leaves the job bank today").contains("Yes, close the posting");
	}

	@Test
	void aConcurrentEditIsDetectedNotLost() throws Exception {
		AccountUser employer = data.employer(true);
		String number = "F-" + TestData.next();
		mvc.perform(form(post("/employer/postings"), number).with(user(employer)).with(csrf()));
		Long id = jdbc.queryForObject("select id from posting where recruitment_number = ?", Long.class, number);
		long version = jdbc.queryForObject("select version from posting where id = ?", Long.class, id);

		mvc.perform(form(post("/employer/postings/{id}", id), number, "version", String.valueOf(version),
			"title", "First editor's title").with(user(employer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(post("/employer/postings/{id}", id), number, "version", String.valueOf(version),
			"title", "Second editor's title").with(user(employer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else saved this record while you were editing it")))
			// Both versions of the title, side by side in the conflict box.
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*id=\"edit-conflict\".*Job title.*Second editor&#39;s title.*First editor&#39;s title.*</table>.*")))
			.andExpect(content().string(containsString("value=\"Second editor&#39;s title\"")));
		assertThat(jdbc.queryForObject("select title from posting where id = ?", String.class, id)).isEqualTo("First editor's title");
	}

	@Test
	void employersSeeAndEditOnlyTheirOwnPostings() throws Exception {
		AccountUser owner = data.employer(true);
		AccountUser other = data.employer(true);
		PostingSaved saved = jobBank.post(owner.organizationId(), data.posting("Owner's job", List.of()), true);
		mvc.perform(get("/employer/postings/{id}/edit", saved.id()).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(post("/employer/postings/{id}/close", saved.id()).with(user(other)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/employer/postings/{id}/applications", saved.id()).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(get("/employer/postings").with(user(other))).andExpect(content().string(not(containsString("Owner&#39;s job"))));
		mvc.perform(get("/employer/postings").with(user(owner))).andExpect(content().string(containsString("Owner&#39;s job")));
	}

	@Test
	void unverifiedEmployersPostingsBecomePublicWhenTheAdminVerifies() throws Exception {
		AccountUser employer = data.employer(false);
		PostingSaved saved = jobBank.post(employer.organizationId(), data.posting("Pending job", List.of()), true);
		mvc.perform(get("/jobs/{id}", saved.id())).andExpect(status().isNotFound());
		mvc.perform(get("/employer/postings").with(user(employer))).andExpect(content().string(containsString("pending-notice")));
		AccountUser admin = new AccountUser(0L, "admin@example.org", "Admin", org.recoveryworks.accounts.Role.ADMIN, null, "");
		mvc.perform(post("/admin/organizations/{id}/verify", employer.organizationId()).with(user(admin)).with(csrf()));
		mvc.perform(get("/jobs/{id}", saved.id())).andExpect(status().isOk());
	}

	@Test
	void theApiCreatesUpdatesAndClosesPostingsWithAPersonalToken() throws Exception {
		AccountUser employer = data.employer(true);
		String token = tokens.create(employer, "HR system");
		PostingDetails details = data.posting("API posted job", List.of(
				TestData.question("Which shift can you work?", QuestionType.CHOICE, true, "Days", "Nights")));

		String created = mvc.perform(post("/api/v1/employer/postings").param("publish", "true")
			.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(details)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.posting.state").value("OPEN"))
			.andExpect(jsonPath("$.posting.pay.biweeklyMin").value(1600.00))
			.andReturn().getResponse().getContentAsString();
		long id = json.readTree(created).path("posting").path("id").asLong();
		long version = json.readTree(created).path("posting").path("version").asLong();

		// Without If-Match: refused, so no one's change can be overwritten blindly.
		mvc.perform(put("/api/v1/employer/postings/{id}", id).header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(details)))
			.andExpect(status().isPreconditionRequired());
		// A number too large for any version is answered as a bad value, not a server error.
		mvc.perform(put("/api/v1/employer/postings/{id}", id).header("Authorization", "Bearer " + token)
			.header("If-Match", "\"99999999999999999999999999\"")
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(details)))
			.andExpect(status().isPreconditionRequired())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(put("/api/v1/employer/postings/{id}", id).header("Authorization", "Bearer " + token)
			.header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(details)))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/employer/postings/{id}", id).header("Authorization", "Bearer " + token)
			.header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(details)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		mvc.perform(post("/api/v1/employer/postings/{id}/close", id).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));
		mvc.perform(get("/api/v1/employer/postings/{id}/applications", id).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
		// An applicant who shares an application with their coach: the employer is not told.
		AccountUser seeker = data.seeker();
		mvc.perform(post("/api/v1/employer/postings/{id}/publish", id).header("Authorization", "Bearer " + token));
		Long applied = applications.apply(seeker, id, new ApplicationDraft("Sam", seeker.email(), null,
				java.util.Map.of(applicationsQuestion(id), "Days"), null, null)).id();
		applications.shareWithCoach(seeker, applied, true);
		mvc.perform(get("/api/v1/employer/postings/{id}/applications", id).header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$[0].fullName").value("Sam"))
			.andExpect(jsonPath("$[0].sharedWithCoach").doesNotExist());

		// Another organization's token cannot read it.
		String otherToken = tokens.create(data.employer(true), "Other");
		mvc.perform(get("/api/v1/employer/postings/{id}", id).header("Authorization", "Bearer " + otherToken))
			.andExpect(status().isNotFound());

		// A revoked token no longer works.
		Long tokenId = tokens.list(employer).get(0).id();
		tokens.revoke(employer, tokenId);
		mvc.perform(get("/api/v1/employer/postings").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theApiAnswersBadPostingsWithFieldLevelProblemDetails() throws Exception {
		AccountUser employer = data.employer(true);
		String token = tokens.create(employer, "HR system");
		mvc.perform(post("/api/v1/employer/postings").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"\", \"salaryMin\": 30, \"salaryMax\": 20}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.title").value("Enter the job title."))
			.andExpect(jsonPath("$.errors.salaryMaxValid").value("The highest pay must not be lower than the lowest pay."));
		mvc.perform(post("/api/v1/employer/postings").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		PostingDetails refused = data.posting("Bad questions", List.of(
				TestData.question("Are you taking any medications?", QuestionType.YES_NO, true)));
		mvc.perform(post("/api/v1/employer/postings").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(refused)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors['questions[0].text']").value(containsString("ADA")));
		mvc.perform(get("/api/v1/employer/postings")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/employer/postings").header("Authorization", "Bearer " + tokens.create(data.seeker(), "x")))
			.andExpect(status().isForbidden());
	}
}
