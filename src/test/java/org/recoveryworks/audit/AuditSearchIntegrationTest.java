package org.recoveryworks.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The privacy officer searches and exports the audit trail and checks its chain; nobody else can. */
@org.junit.jupiter.api.Tag("database")
class AuditSearchIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOfficerFindsAPersonsEntriesExportsThemAndIsRecordedDoingSo() throws Exception {
		AccountUser officer = accounts.createPrivacyOfficer("privacy" + TestData.next() + "@example.org", TestData.PASSWORD, "Privacy Officer");
		long participant = 900_000 + TestData.next() % 1000;
		audit.record(77L, "COACH", AuditTrail.Action.READ, "participant", participant, participant);
		audit.record(77L, "COACH", AuditTrail.Action.UPDATE, "session", 5L, participant);

		mvc.perform(get("/privacy/audit").param("participant", String.valueOf(participant)).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("session #5")))
			.andExpect(content().string(containsString("participant #" + participant)));
		String csv = mvc.perform(get("/privacy/audit.csv").param("participant", String.valueOf(participant)).param("action", "UPDATE")
				.with(user(officer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(csv).startsWith("id,at,actor_id,actor_role,action,record_type").contains(",UPDATE,session,5,").doesNotContain(",READ,participant,");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_id = ? and record_type = 'audit trail'"
				+ " and participant_id = ?", Integer.class, officer.id(), participant)).isEqualTo(2);

		mvc.perform(post("/privacy/audit/verify").with(user(officer)).with(csrf()))
			.andExpect(flash().attributeExists("chainIntact"));

		// Bad input: field messages, no server error, nothing listed.
		mvc.perform(get("/privacy/audit").param("participant", "abc").param("from", "2026-05-01").param("to", "2026-04-01")
				.param("action", "DROP TABLE").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter a whole number.")))
			.andExpect(content().string(containsString("The last day cannot be before the first day.")))
			.andExpect(content().string(not(containsString("id=\"audit-entries\""))));

		for (AccountUser other : java.util.List.of(data.program().supervisor(), data.seeker(), TestData.admin())) {
			mvc.perform(get("/privacy/audit").with(user(other))).andExpect(status().isForbidden());
		}
	}
}
