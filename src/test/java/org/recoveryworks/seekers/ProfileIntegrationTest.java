package org.recoveryworks.seekers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A job seeker keeps a profile: its own fields, work history and schooling, each line theirs alone; bad input is told
 * field by field and saves nothing; the profile is in the data download and erased with the account.
 */
@org.junit.jupiter.api.Tag("database")
class ProfileIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SeekerProfiles profiles;

	private void addWork(AccountUser seeker, String title) throws Exception {
		mvc.perform(post("/my/profile/experience").param("title", title).param("employer", "Park Street Market").param("started", "2019-05")
				.param("ended", "2022-08").param("duties", "Helped customers\nKept the shelves full").with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/profile#work"));
	}

	@Test
	void aSeekerFillsTheirProfileAndReadsItBack() throws Exception {
		AccountUser seeker = data.seeker();
		mvc.perform(get("/my/profile").with(user(seeker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("You have not added any work yet.")));

		mvc.perform(post("/my/profile").param("phone", "(203) 555-0147").param("town", "Bridgeport").param("days", "MONDAY", "SATURDAY")
				.param("times", "MORNING").param("hoursPerWeek", "30").param("transport", "BUS", "WALK").param("maxMiles", "10")
				.param("skills", "Cash register").param("languages", "English, Spanish").with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/profile"));
		addWork(seeker, "Cashier");
		mvc.perform(post("/my/profile/experience").param("title", "Support group leader").param("employer", "Friday Night Recovery Group")
				.param("volunteer", "true").param("started", "2023-01").with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/profile#work"));
		mvc.perform(post("/my/profile/schooling").param("school", "Bassick High School").param("studied", "GED").param("finished", "2012")
				.with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/profile#schooling"));

		mvc.perform(get("/my/profile").with(user(seeker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("(203) 555-0147")))
			.andExpect(content().string(containsString("Monday, Saturday")))
			.andExpect(content().string(containsString("Bus or train, Walking")))
			.andExpect(content().string(containsString("Up to 10 miles")))
			.andExpect(content().string(containsString("Cashier, Park Street Market")))
			.andExpect(content().string(containsString("May 2019 to August 2022")))
			.andExpect(content().string(containsString("January 2023 to now")))
			.andExpect(content().string(containsString("Volunteer")))
			.andExpect(content().string(containsString("Bassick High School")));

		ApplicantProfile forApplying = profiles.forApplying(seeker.id()).orElseThrow();
		assertThat(forApplying.phone()).isEqualTo("(203) 555-0147");
		assertThat(forApplying.work()).extracting(ApplicantProfile.Work::title).containsExactly("Support group leader", "Cashier");
		assertThat(forApplying.schooling()).extracting(ApplicantProfile.School::studied).containsExactly("GED");
	}

	@Test
	void aLineIsChangedAndRemovedByItsOwnerOnly() throws Exception {
		AccountUser seeker = data.seeker();
		AccountUser other = data.seeker();
		addWork(seeker, "Line cook");
		Long line = jdbc.queryForObject("select w.id from seeker_work w join seeker_profile p on p.id = w.profile_id where p.account_id = ?",
				Long.class, seeker.id());

		// Another seeker can neither read, change nor remove it.
		mvc.perform(get("/my/profile/experience/{id}", line).with(user(other))).andExpect(status().isNotFound());
		mvc.perform(post("/my/profile/experience/{id}", line).param("title", "Taken").param("employer", "Elsewhere").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/my/profile/experience/{id}/remove", line).with(user(other)).with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select title from seeker_work where id = ?", String.class, line)).isEqualTo("Line cook");

		mvc.perform(post("/my/profile/experience/{id}", line).param("title", "Prep cook").param("employer", "Park Street Market")
				.with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/profile#work"));
		assertThat(jdbc.queryForObject("select title from seeker_work where id = ?", String.class, line)).isEqualTo("Prep cook");
		mvc.perform(post("/my/profile/experience/{id}/remove", line).with(user(seeker)).with(csrf())).andExpect(redirectedUrl("/my/profile#work"));
		mvc.perform(post("/my/profile/experience/{id}/remove", line).with(user(seeker)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/my/profile").with(user(seeker))).andExpect(content().string(not(containsString("Prep cook"))));
	}

	@Test
	void badInputIsToldFieldByFieldAndSavesNothing() throws Exception {
		AccountUser seeker = data.seeker();
		mvc.perform(post("/my/profile").param("phone", "call me").param("hoursPerWeek", "lots").param("maxMiles", "900")
				.param("days", "SOMEDAY").with(user(seeker)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a phone number like (860) 555-0100.")))
			.andExpect(content().string(containsString("Please enter a whole number.")))
			.andExpect(content().string(containsString("Please enter a number from 1 to 200.")));
		mvc.perform(post("/my/profile/experience").param("title", "").param("employer", "Park Street Market").param("started", "2022-13")
				.param("ended", "").with(user(seeker)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter the job title or role.")))
			.andExpect(content().string(containsString("Please enter a month as year and month, like 2023-04.")));
		mvc.perform(post("/my/profile/experience").param("title", "Cashier").param("employer", "Park Street Market").param("started", "2022-06")
				.param("ended", "2021-01").with(user(seeker)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The month you stopped cannot be before the month you started.")));
		mvc.perform(post("/my/profile/schooling").param("school", " ").param("finished", "19").with(user(seeker)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter the school or training.")))
			.andExpect(content().string(containsString("Please enter a year like 2019.")));
		assertThat(jdbc.queryForObject("select count(*) from seeker_profile where account_id = ?", Long.class, seeker.id())).isZero();
	}

	@Test
	void theProfileIsInTheDataDownloadAndErasedWithTheAccount() throws Exception {
		AccountUser seeker = data.seeker();
		mvc.perform(post("/my/profile").param("skills", "Forklift").with(user(seeker)).with(csrf())).andExpect(redirectedUrl("/my/profile"));
		addWork(seeker, "Warehouse associate");
		String json = mvc.perform(get("/my/data.json").with(user(seeker))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(json).contains("\"Profile\"", "Forklift", "\"Work history\"", "Warehouse associate", "\"Duties\"");

		mvc.perform(post("/my/account/close").param("password", TestData.PASSWORD).param("confirm", "true").with(user(seeker)).with(csrf()));
		assertThat(jdbc.queryForObject("select count(*) from seeker_profile where account_id = ?", Long.class, seeker.id())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from seeker_work w where not exists (select 1 from seeker_profile p where p.id = w.profile_id)",
				Long.class)).isZero();
	}
}
