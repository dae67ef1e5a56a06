package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** What applicants wrote is erased once the posting has been closed for the retention period (two years by default). */
@org.junit.jupiter.api.Tag("database")
class ApplicationRetentionIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Autowired
	ApplicationRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	private Long apply(AccountUser seeker, String title) throws Exception {
		PostingView posting = jobBank.find(jobBank.post(data.employer(true).organizationId(), data.posting(title,
				List.of(TestData.question("Tell us about yourself", QuestionType.TEXT, false))), true).id());
		mvc.perform(multipart("/jobs/{id}/apply", posting.id()).param("fullName", "Casey Applicant").param("email", seeker.email())
				.param("answers[" + posting.questions().get(0).id() + "]", "Ten years in food service.").with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/applications"));
		return posting.id();
	}

	@Test
	void applicationsToPostingsClosedLongerThanTheRetentionPeriodAreErased() throws Exception {
		AccountUser seeker = data.seeker();
		Long old = apply(seeker, "Line cook");
		Long recent = apply(seeker, "Prep cook");
		Instant threeYearsAgo = Instant.now(clock).minus(3 * 365, ChronoUnit.DAYS);
		jdbc.update("update posting set close_date = ? where id = ?", Date.valueOf(LocalDate.now(clock).minusYears(3)), old);
		jdbc.update("update job_application set updated_at = ? where posting_id = ?", Timestamp.from(threeYearsAgo), old);
		jdbc.update("update posting set close_date = ? where id = ?", Date.valueOf(LocalDate.now(clock).minusMonths(6)), recent);

		assertThat(retention.erasePastRetention()).isGreaterThanOrEqualTo(1);
		var erased = jdbc.queryForMap("select full_name, erased_at, stage from job_application where posting_id = ?", old);
		assertThat(erased.get("full_name")).isEqualTo("(closed account)");
		assertThat(erased.get("erased_at")).isNotNull();
		assertThat(erased.get("stage")).isEqualTo("RECEIVED");
		assertThat(jdbc.queryForObject("select count(*) from application_answer a join job_application j on a.application_id = j.id"
				+ " where j.posting_id = ?", Integer.class, old)).isZero();
		assertThat(jdbc.queryForObject("select full_name from job_application where posting_id = ?", String.class, recent))
			.isEqualTo("Casey Applicant");
		// Once erased, it is not touched again.
		assertThat(jdbc.queryForObject("select count(*) from job_application where erased_at is null and posting_id = ?", Integer.class, old))
			.isZero();
	}
}
