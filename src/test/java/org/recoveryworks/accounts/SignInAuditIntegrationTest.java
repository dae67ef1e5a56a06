package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-ins, failed sign-ins and refused requests are in the audit trail. */
class SignInAuditIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void signInsFailuresAndRefusalsAreRecorded() throws Exception {
		AccountUser seeker = data.seeker();
		mvc.perform(post("/login").param("username", seeker.email()).param("password", TestData.PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN' and actor_id = ?", Integer.class,
				seeker.id())).isEqualTo(1);

		mvc.perform(post("/login").param("username", seeker.email()).param("password", "not the password").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		List<Map<String, Object>> failed = jdbc.queryForList("select actor_id, record_id, detail from audit_entry"
				+ " where action = 'SIGN_IN_FAILED' and record_id = ?", seeker.id());
		assertThat(failed).hasSize(1);
		assertThat(failed.get(0).get("actor_id")).isNull();

		String unknown = "nobody" + TestData.next() + "@example.org";
		int before = jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN_FAILED' and record_id is null", Integer.class);
		mvc.perform(post("/login").param("username", unknown).param("password", "whatever it is").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SIGN_IN_FAILED' and record_id is null",
				Integer.class)).isEqualTo(before + 1);

		mvc.perform(get("/reports/program-results").with(user(seeker))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'REFUSED' and actor_id = ? and detail = ?",
				Integer.class, seeker.id(), "GET /reports/program-results")).isEqualTo(1);
		// Refused inside the API (the URL rules let any signed-in token through to case records).
		mvc.perform(get("/api/v1/participants").with(user(seeker))).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'REFUSED' and actor_id = ? and detail = ?",
				Integer.class, seeker.id(), "GET /api/v1/participants")).isEqualTo(1);
	}
}
