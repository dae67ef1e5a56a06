package org.recoveryworks.demo;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** What the README's demo tour promises for fidelity reviews and credentials is there. */
@org.junit.jupiter.api.Tag("database")
class DemoDataIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private AccountUser demo(String email) {
		return accounts.find(jdbc.queryForObject("select id from user_account where email = ?", Long.class, email)).orElseThrow();
	}

	@Test
	void theDemoAdministratorSeesAnOverdueIpsProgramWithTwoPastReviews() throws Exception {
		mvc.perform(get("/programs/manage/fidelity").with(user(demo(DemoData.ADMIN))))
			.andExpect(content().string(containsString("Naugatuck Valley IPS Employment Services (demo)")))
			.andExpect(content().string(containsString("107 points, Good fidelity")))
			.andExpect(content().string(containsString("Overdue")));
	}

	@Test
	void theDemoCoachesHaveCredentialsAndTheSupervisorHasAnEntryToVerify() throws Exception {
		mvc.perform(get("/credentials").with(user(demo(DemoData.COACH))))
			.andExpect(content().string(containsString("Recovery Support Specialist (Connecticut)")))
			.andExpect(content().string(containsString("Training: 48 of 80 hours verified")));
		mvc.perform(get("/credentials").with(user(demo("coach2@recoveryworks.example.org"))))
			.andExpect(content().string(containsString("Certified")));
		mvc.perform(get("/credentials/verify").with(user(demo(DemoData.SUPERVISOR))))
			.andExpect(content().string(containsString("weeks 7 and 8 (demo)")));
	}
}
