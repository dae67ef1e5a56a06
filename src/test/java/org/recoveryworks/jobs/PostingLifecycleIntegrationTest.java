package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@org.junit.jupiter.api.Tag("database")
class PostingLifecycleIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JobBank jobBank;

	@Autowired
	PostingService postings;

	@Autowired
	Applications applications;

	@Autowired
	JobBankStatistics statistics;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void postingsCloseAutomaticallyAfterTheirCloseDate() {
		AccountUser employer = data.employer(true);
		PostingSaved expired = jobBank.post(employer.organizationId(), TestData.posting("Expired", LocalDate.now(clock).minusDays(10),
				LocalDate.now(clock).minusDays(1), List.of()), true);
		PostingSaved current = jobBank.post(employer.organizationId(), data.posting("Current", List.of()), true);

		postings.closeExpired();

		assertThat(jdbc.queryForObject("select status from posting where id = ?", String.class, expired.id())).isEqualTo("CLOSED");
		assertThat(jdbc.queryForObject("select status from posting where id = ?", String.class, current.id())).isEqualTo("PUBLISHED");
	}

	@Test
	void draftsOpenOnlyWhenPublishedAndFilledPostingsTakeNoApplications() {
		AccountUser employer = data.employer(true);
		PostingSaved draft = jobBank.post(employer.organizationId(), data.posting("Draft", List.of()), false);
		assertThat(postings.ownView(employer, draft.id()).state()).isEqualTo(PostingState.DRAFT);
		postings.publish(employer, draft.id());
		assertThat(postings.ownView(employer, draft.id()).state()).isEqualTo(PostingState.OPEN);
		postings.markFilled(employer, draft.id());
		assertThat(postings.ownView(employer, draft.id()).state()).isEqualTo(PostingState.FILLED);
		AccountUser seeker = data.seeker();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> applications.apply(seeker, draft.id(),
				new ApplicationDraft("Sam", seeker.email(), null, Map.of(), null, null)))
			.hasMessageContaining("no longer taking applications");
	}

	@Test
	void countsViewsUniqueVisitorsAndApplicationsWithoutStoringAddresses() throws Exception {
		AccountUser employer = data.employer(true);
		PostingSaved posting = jobBank.post(employer.organizationId(), data.posting("Counted job", List.of()), true);
		JobBankStatistics.Totals before = statistics.totals();

		mvc.perform(get("/jobs/{id}", posting.id()).with(r -> { r.setRemoteAddr("203.0.113.7"); return r; }));
		mvc.perform(get("/jobs/{id}", posting.id()).with(r -> { r.setRemoteAddr("203.0.113.7"); return r; }));
		mvc.perform(get("/jobs/{id}", posting.id()).with(r -> { r.setRemoteAddr("198.51.100.9"); return r; }));
		AccountUser seeker = data.seeker();
		applications.apply(seeker, posting.id(), new ApplicationDraft("Sam", seeker.email(), null, Map.of(), null, null));

		JobBankStatistics.Totals after = statistics.totals();
		assertThat(after.pageViews() - before.pageViews()).isEqualTo(3);
		assertThat(after.uniqueVisitors() - before.uniqueVisitors()).isEqualTo(2);
		assertThat(after.applications() - before.applications()).isEqualTo(1);
		assertThat(after.registeredSeekers()).isGreaterThan(before.registeredSeekers() - 1);
		assertThat(jdbc.queryForList("select visitor_hash from page_view where posting_id = ?", String.class, posting.id()))
			.hasSize(3)
			.noneMatch(hash -> hash.contains("203.0.113.7") || hash.contains("198.51.100.9"));

		mvc.perform(get("/employer/postings").with(user(employer)))
			.andExpect(content().string(containsString("Counted job")));
		mvc.perform(get("/employer/postings/{id}", posting.id()).with(user(employer)))
			.andExpect(content().string(containsString("3 views")))
			.andExpect(content().string(containsString("See applicants (1)")));
		mvc.perform(get("/statistics"))
			.andExpect(content().string(containsString("id=\"stat-applications\">" + (after.applications()))));
	}
}
