package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Applying with a profile: the form starts filled from it with every line ticked; the employer sees the lines the
 * applicant sent and no other; a later change to the profile leaves the application as it was sent.
 */
@org.junit.jupiter.api.Tag("database")
class ApplyWithProfileIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Autowired
	JdbcTemplate jdbc;

	private Long line(String table, AccountUser seeker, String column, String value) {
		return jdbc.queryForObject("select l.id from " + table + " l join seeker_profile p on p.id = l.profile_id where p.account_id = ? and l."
				+ column + " = ?", Long.class, seeker.id(), value);
	}

	@Test
	void theApplicationStartsFromTheProfileAndKeepsWhatWasSent() throws Exception {
		AccountUser seeker = data.seeker();
		AccountUser employer = data.employer(true);
		mvc.perform(post("/my/profile").param("phone", "(203) 555-0199").param("skills", "Forklift, first aid").with(user(seeker)).with(csrf()));
		mvc.perform(post("/my/profile/experience").param("title", "Warehouse associate").param("employer", "Harbor Freight Depot")
				.param("started", "2018-02").param("ended", "2021-06").param("duties", "Loaded trucks").with(user(seeker)).with(csrf()));
		mvc.perform(post("/my/profile/experience").param("title", "Dishwasher").param("employer", "Corner Diner").with(user(seeker)).with(csrf()));
		mvc.perform(post("/my/profile/schooling").param("school", "Bassick High School").param("studied", "GED").param("finished", "2012")
				.with(user(seeker)).with(csrf()));
		Long warehouse = line("seeker_work", seeker, "title", "Warehouse associate");
		Long diner = line("seeker_work", seeker, "title", "Dishwasher");
		Long school = line("seeker_schooling", seeker, "school", "Bassick High School");
		Long posting = jobBank.post(employer.organizationId(), data.posting("Stock associate", List.of()), true).id();

		// The form: the phone from the profile, every line ticked, and what each line says.
		Document form = Jsoup.parse(mvc.perform(get("/jobs/{id}/apply", posting).with(user(seeker))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(form.select("#phone").val()).isEqualTo("(203) 555-0199");
		assertThat(form.select("#from-profile input[name=work][checked]").eachAttr("value"))
			.containsExactlyInAnyOrder(warehouse.toString(), diner.toString());
		assertThat(form.select("#from-profile input[name=schooling][checked]").eachAttr("value")).containsExactly(school.toString());
		assertThat(form.select("#from-profile").text()).contains("Warehouse associate, Harbor Freight Depot", "February 2018 to June 2021",
				"Bassick High School", "GED (2012)", "Forklift, first aid");

		// One screen: sent with the warehouse job and the school, not the diner, and with the skills.
		mvc.perform(multipart("/jobs/{id}/apply", posting).param("fullName", "Sam Applicant").param("email", seeker.email())
				.param("phone", "(203) 555-0199").param("work", warehouse.toString()).param("schooling", school.toString())
				.param("withSkills", "true").with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/applications"));
		Long application = jdbc.queryForObject("select id from job_application where posting_id = ? and seeker_id = ?", Long.class, posting,
				seeker.id());

		// The profile changes afterwards; the application keeps what was sent.
		mvc.perform(post("/my/profile/experience/{id}", warehouse).param("title", "Shift lead").param("employer", "Harbor Freight Depot")
				.with(user(seeker)).with(csrf()));
		mvc.perform(get("/employer/applications/{id}", application).with(user(employer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Warehouse associate, Harbor Freight Depot")))
			.andExpect(content().string(containsString("February 2018 to June 2021")))
			.andExpect(content().string(containsString("Loaded trucks")))
			.andExpect(content().string(containsString("Bassick High School")))
			.andExpect(content().string(containsString("Forklift, first aid")))
			.andExpect(content().string(not(containsString("Shift lead"))))
			.andExpect(content().string(not(containsString("Corner Diner"))));
	}

	@Test
	void withoutAProfileTheFormSaysWhatOneDoesAndTheEmployerSeesNoWorkHistory() throws Exception {
		AccountUser seeker = data.seeker();
		AccountUser employer = data.employer(true);
		Long posting = jobBank.post(employer.organizationId(), data.posting("Prep cook", List.of()), true).id();
		mvc.perform(get("/jobs/{id}/apply", posting).with(user(seeker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Add your work history and schooling to your profile once.")));
		// A line id that is not theirs sends nothing.
		mvc.perform(multipart("/jobs/{id}/apply", posting).param("fullName", "Sam Applicant").param("email", seeker.email())
				.param("work", "999999").with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/applications"));
		Long application = jdbc.queryForObject("select id from job_application where posting_id = ? and seeker_id = ?", Long.class, posting,
				seeker.id());
		assertThat(jdbc.queryForObject("select count(*) from application_background where application_id = ?", Long.class, application)).isZero();
		mvc.perform(get("/employer/applications/{id}", application).with(user(employer)))
			.andExpect(content().string(containsString("No work history was sent with it.")));
	}
}
