package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@org.junit.jupiter.api.Tag("database")
class JobSearchIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JobBank jobBank;

	@Autowired
	TestData data;

	private static JobQuery query(String q, String zip) {
		JobQuery query = new JobQuery();
		query.setQ(q);
		query.setZip(zip);
		return query;
	}

	@Test
	void peerSupportNearWaterburyListsTheSeedPostingFirst() throws Exception {
		mvc.perform(get("/api/v1/jobs").param("q", "peer support").param("zip", "06702").param("radius", "25"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].title").value("Recovery Support Specialist Trainee (40 Hour)"))
			.andExpect(jsonPath("$.hits[0].town").value("Waterbury"))
			.andExpect(jsonPath("$.hits[0].hourlyMin").value(22.84));

		mvc.perform(get("/jobs").param("q", "peer support").param("zip", "06702").param("radius", "25"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recovery Support Specialist Trainee (40 Hour)")))
			// "Posted within" counts its days in words that agree with the number.
			.andExpect(content().string(containsString(">1 day</option>")))
			.andExpect(content().string(containsString(">7 days</option>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("1 days"))));
	}

	@Test
	void toleratesTyposInTheSearchWords() {
		JobSearchResult result = jobBank.search(query("recovry suport specialst", null));
		assertThat(result.hits()).extracting(JobSearchResult.Hit::title)
			.anySatisfy(title -> assertThat(title).contains("Recovery Support Specialist"));
	}

	@Test
	void filtersByDistanceFromATownAndSortsByDistance() {
		JobQuery query = query(null, "Norwich");
		query.setRadius(10);
		JobSearchResult result = jobBank.search(query);
		assertThat(result.total()).isPositive();
		assertThat(result.hits()).allSatisfy(h -> assertThat(h.distanceMiles()).isLessThanOrEqualTo(10.0));
		assertThat(result.hits()).extracting(JobSearchResult.Hit::distanceMiles).isSorted();
	}

	@Test
	void filtersByTypePeerRoleFieldPayAndAgeWithCountsPerValue() {
		JobQuery query = new JobQuery();
		query.setType(List.of(EmploymentType.PART_TIME));
		query.setPeer(true);
		query.setBh(true);
		query.setMinPay(new java.math.BigDecimal("20"));
		query.setWithin(30);
		JobSearchResult result = jobBank.search(query);
		assertThat(result.hits()).isNotEmpty().allSatisfy(h -> {
			assertThat(h.employmentType()).isEqualTo(EmploymentType.PART_TIME);
			assertThat(h.peerRole()).isTrue();
			assertThat(h.behavioralHealth()).isTrue();
			assertThat(h.hourlyMax()).isGreaterThanOrEqualTo(new java.math.BigDecimal("20"));
			assertThat(h.openDate()).isAfterOrEqualTo(LocalDate.now(clock).minusDays(30));
		});
		// Counts per type describe the search without the type filter, so other types still show theirs.
		assertThat(result.typeCounts().get(EmploymentType.PART_TIME)).isEqualTo(result.total());
		assertThat(result.typeCounts().values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(result.total());
	}

	@Test
	void sortsBySalaryAndPagesThroughResults() {
		JobQuery query = new JobQuery();
		query.setSort(JobQuery.Sort.SALARY);
		query.setSize(10);
		JobSearchResult first = jobBank.search(query);
		query.setPage(2);
		JobSearchResult second = jobBank.search(query);
		assertThat(first.hits()).hasSize(10);
		assertThat(first.hits()).extracting(JobSearchResult.Hit::hourlyMax).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(second.hits().get(0).hourlyMax()).isLessThanOrEqualTo(first.hits().get(9).hourlyMax());
		assertThat(second.hits()).extracting(JobSearchResult.Hit::id).doesNotContainAnyElementsOf(
				first.hits().stream().map(JobSearchResult.Hit::id).toList());
	}

	@Test
	void hidesClosedDraftAndUnverifiedEmployersPostings() {
		AccountUser unverified = data.employer(false);
		AccountUser verified = data.employer(true);
		String word = "Zyxwvut" + TestData.next();
		jobBank.post(unverified.organizationId(), data.posting(word + " unverified", List.of()), true);
		jobBank.post(verified.organizationId(), data.posting(word + " draft", List.of()), false);
		jobBank.post(verified.organizationId(), TestData.posting(word + " closed", LocalDate.now(clock).minusDays(20),
				LocalDate.now(clock).minusDays(1), List.of()), true);
		jobBank.post(verified.organizationId(), TestData.posting(word + " future", LocalDate.now(clock).plusDays(3),
				LocalDate.now(clock).plusDays(30), List.of()), true);
		PostingSaved open = jobBank.post(verified.organizationId(), data.posting(word + " open", List.of()), true);

		JobSearchResult result = jobBank.search(query(word, null));
		assertThat(result.hits()).extracting(JobSearchResult.Hit::id).containsExactly(open.id());
	}

	@Test
	void theApiAddsCountsPerFilterValueWhenAsked() throws Exception {
		mvc.perform(get("/api/v1/jobs").param("q", "driver"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.typeCounts").doesNotExist());
		mvc.perform(get("/api/v1/jobs").param("q", "driver").param("facets", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.typeCounts.FULL_TIME").isNumber())
			.andExpect(jsonPath("$.peerCounts").exists());
	}

	@Test
	void htmxRequestsGetOnlyTheResultsFragment() throws Exception {
		mvc.perform(get("/jobs").param("q", "driver").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name("jobs/search :: update"))
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(containsString("id=\"count-type-FULL_TIME\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(not(containsString("id=\"search-form\""))))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void badSearchParametersGetFieldMessagesOrProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/jobs").param("radius", "abc").param("within", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.radius").exists())
			.andExpect(jsonPath("$.errors.within").value("Choose between 1 and 365 days."));
		mvc.perform(get("/api/v1/jobs").param("zip", "Atlantis"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.zip").value(containsString("Atlantis")));
		mvc.perform(get("/jobs").param("zip", "Atlantis").param("radius", "9999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a distance between 1 and 250 miles.")));
		mvc.perform(get("/jobs").param("zip", "Atlantis"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We could not find &quot;Atlantis&quot;")));
	}

	@Test
	void seedPostingShowsPayInAllThreeUnitsAndJsonLd() throws Exception {
		Long seed = jobBank.search(query("Recovery Support Specialist Trainee", "06702")).hits().get(0).id();
		mvc.perform(get("/jobs/{id}", seed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("$22.84–$31.02 hourly")))
			.andExpect(content().string(containsString("$1,598.59–$2,171.61 bi-weekly")))
			.andExpect(content().string(containsString("$41,723.20–$56,679.02 yearly")))
			.andExpect(content().string(containsString("230627-5728FK-001")))
			.andExpect(content().string(containsString("\"@type\":\"JobPosting\"")))
			.andExpect(content().string(containsString("\"validThrough\"")))
			.andExpect(content().string(containsString("\"baseSalary\"")));
		mvc.perform(get("/api/v1/jobs/{id}", seed))
			.andExpect(jsonPath("$.pay.yearlyMin").value(41723.20))
			.andExpect(jsonPath("$.pay.biweeklyMax").value(2171.61))
			.andExpect(jsonPath("$.recruitmentNumber").value("230627-5728FK-001"));
	}

	@Test
	void closedPostingPageCarriesNoJsonLd() throws Exception {
		AccountUser employer = data.employer(true);
		PostingSaved closed = jobBank.post(employer.organizationId(), TestData.posting("Closed job", LocalDate.now(clock).minusDays(20),
				LocalDate.now(clock).minusDays(2), List.of()), true);
		mvc.perform(get("/jobs/{id}", closed.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no longer taking applications")))
			.andExpect(content().string(not(containsString("application/ld+json"))));
	}

	@Test
	void unknownAddressesAnswerProblemDetailsUnderTheApiAndAPageElsewhere() throws Exception {
		AccountUser seeker = data.seeker();
		mvc.perform(get("/api/v1/no-such-thing"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/no-such-thing").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(seeker)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/jobs")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(seeker)))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void openApiDescribesTheApiWithItsTokenScheme() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/jobs'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/employer/postings'].post").exists())
			.andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"));
		mvc.perform(get("/api-docs.html")).andExpect(status().is3xxRedirection());
	}

	@Test
	void unknownOrPrivatePostingsAnswerNotFound() throws Exception {
		AccountUser unverified = data.employer(false);
		PostingSaved hidden = jobBank.post(unverified.organizationId(), data.posting("Hidden", List.of()), true);
		mvc.perform(get("/jobs/{id}", hidden.id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/jobs/{id}", hidden.id()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/jobs/{id}", 99999999)).andExpect(status().isNotFound());
	}
}
