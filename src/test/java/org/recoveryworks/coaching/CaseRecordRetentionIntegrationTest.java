package org.recoveryworks.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.sql.Date;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Who a discharged person was is erased after the retention period (seven years by default); dates and status stay. */
@org.junit.jupiter.api.Tag("database")
class CaseRecordRetentionIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	CaseRecordRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	private Long enroll(AccountUser coach, String name) throws Exception {
		String location = mvc.perform(post("/coach/participants").param("fullName", name).param("email", "r" + TestData.next() + "@example.org")
				.param("phone", "(860) 555-0101").param("town", "Middletown").param("enrolledOn", LocalDate.now(clock).minusYears(9).toString())
				.param("employmentStatus", "UNEMPLOYED_LOOKING").param("benefits", "SSI").param("ownGoals", "Work at the hardware store.")
				.with(user(coach)).with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/participants/*")).andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void recordsDischargedLongerThanTheRetentionPeriodLoseWhoThePersonWas() throws Exception {
		TestData.Program program = data.program();
		Long old = enroll(program.coach(), "Quinn Longago");
		Long recent = enroll(program.coach(), "Reese Lastyear");
		jdbc.update("insert into coaching_session (participant_id, coach_id, starts_at, minutes, mode, kind, note, topics, version)"
				+ " values (?, ?, ?, 60, 'IN_PERSON', 'JOB_SEARCH', 'Talked about the night shift and the bus.', 'Bus routes', 0)",
				old, program.coach().id(), java.sql.Timestamp.from(java.time.Instant.now(clock).minusSeconds(86400L * 365 * 8)));
		mvc.perform(post("/coach/participants/{id}/consents", old).param("discloser", "Program").param("information", "ENROLLMENT")
			.param("description", "Dates of the program").param("recipientName", "Pat Doe").param("purpose", "Planning")
			.param("expiresOn", LocalDate.now(clock).plusMonths(3).toString()).param("signedBy", "Quinn Longago")
			.param("signedOn", LocalDate.now(clock).toString()).param("toldRightToRevoke", "true").with(user(program.coach())).with(csrf()));
		Long consent = jdbc.queryForObject("select max(id) from consent where participant_id = ?", Long.class, old);
		mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", old, consent).param("information", "ENROLLMENT")
			.with(user(program.coach())).with(csrf()));
		jdbc.update("update participant set status = 'DISCHARGED', discharged_on = ?, discharge_reason = 'GOALS_MET' where id = ?",
				Date.valueOf(LocalDate.now(clock).minusYears(8)), old);
		jdbc.update("update participant set status = 'DISCHARGED', discharged_on = ?, discharge_reason = 'GOALS_MET' where id = ?",
				Date.valueOf(LocalDate.now(clock).minusYears(1)), recent);

		assertThat(retention.erasePastRetention()).isGreaterThanOrEqualTo(1);
		var erased = jdbc.queryForMap("select full_name, email, phone, own_goals, status, discharged_on, identity_erased_at from participant"
				+ " where id = ?", old);
		assertThat(erased.get("full_name")).isEqualTo("(erased record " + old + ")");
		assertThat(erased.get("email")).isNull();
		assertThat(erased.get("phone")).isNull();
		assertThat(erased.get("own_goals")).isNull();
		assertThat(erased.get("status")).isEqualTo("DISCHARGED");
		assertThat(erased.get("identity_erased_at")).isNotNull();
		assertThat(jdbc.queryForObject("select note from coaching_session where participant_id = ?", String.class, old)).isNull();
		assertThat(jdbc.queryForObject("select signed_by from consent where id = ?", String.class, consent)).isNull();
		assertThat(jdbc.queryForObject("select content from disclosure where participant_id = ?", String.class, old))
			.isEqualTo("[]");
		// Who received what, when and why stays in the accounting.
		assertThat(jdbc.queryForObject("select recipient from disclosure where participant_id = ?", String.class, old)).isEqualTo("Pat Doe");
		assertThat(jdbc.queryForObject("select full_name from participant where id = ?", String.class, recent)).isEqualTo("Reese Lastyear");
	}
}
