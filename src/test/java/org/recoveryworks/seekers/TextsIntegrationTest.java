package org.recoveryworks.seekers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.shared.sms.TextSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Texts: refused without recorded consent; with it, a plain text that names no employer (or the job, if the person
 * chose that), instead of or as well as e-mail; a STOP reply ends them, and so does the settings page.
 */
@org.junit.jupiter.api.Tag("database")
class TextsIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Autowired
	TextSender sender;

	@Autowired
	JdbcTemplate jdbc;

	private long mails(AccountUser who) {
		return jdbc.queryForObject("select count(*) from mail_message where recipient = ? and subject like 'Update on your application%'", Long.class, who.email());
	}

	@Test
	void textsGoOnlyWithConsentNameNoEmployerAndStopOnAStopReply() throws Exception {
		AccountUser seeker = data.seeker();
		AccountUser employer = data.employer(true);
		String phone = "+1860555" + String.format("%04d", TestData.next() % 10000);
		String title = "Texting Peer Navigator " + TestData.next();
		Long posting = jobBank.post(employer.organizationId(), data.posting(title, List.of()), true).id();
		mvc.perform(post("/jobs/{id}/apply", posting).param("fullName", "Sam Texter").param("email", seeker.email()).with(user(seeker)).with(csrf()));
		Long application = jdbc.queryForObject("select id from job_application where posting_id = ?", Long.class, posting);

		// No consent: e-mail only, no text.
		mvc.perform(post("/employer/applications/{id}/stage", application).param("stage", "UNDER_REVIEW").with(user(employer)).with(csrf()));
		assertThat(sender.outboxFor(phone)).isEmpty();
		long mailsBefore = mails(seeker);

		// Bad input is told field by field and records nothing.
		mvc.perform(post("/my/texts").param("phone", "call me").with(user(seeker)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a mobile number like (860) 555-0100.")))
			.andExpect(content().string(containsString("Please choose at least one kind of text.")))
			.andExpect(content().string(containsString("Please tick the box to agree to texts.")));
		assertThat(jdbc.queryForObject("select count(*) from text_consent where account_id = ?", Long.class, seeker.id())).isZero();

		// Consent, texts instead of e-mail, plain: the text names neither the employer nor the job.
		mvc.perform(post("/my/texts").param("phone", phone.substring(2)).param("purposes", "APPLICATION_STATUS").param("alsoEmail", "false")
				.param("agree", "true").with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/texts"));
		mvc.perform(get("/my/texts").with(user(seeker))).andExpect(content().string(containsString("We text " + phone + ". You agreed on")));
		mvc.perform(post("/employer/applications/{id}/stage", application).param("stage", "INTERVIEW").with(user(employer)).with(csrf()));
		assertThat(sender.outboxFor(phone)).singleElement().asString()
			.startsWith("You have a new message about your application at RecoveryWorks: ").contains("/my/applications")
			.doesNotContain(title).doesNotContain("Shoreline");
		assertThat(mails(seeker)).isEqualTo(mailsBefore);

		// Texts that name the job, and e-mail too.
		mvc.perform(post("/my/texts").param("phone", phone).param("purposes", "APPLICATION_STATUS").param("alsoEmail", "true")
				.param("detailed", "true").param("agree", "true").with(user(seeker)).with(csrf()));
		mvc.perform(post("/employer/applications/{id}/stage", application).param("stage", "OFFER").with(user(employer)).with(csrf()));
		assertThat(sender.outboxFor(phone)).hasSize(2).last().asString().contains(title);
		assertThat(mails(seeker)).isEqualTo(mailsBefore + 1);

		// Without a provider nothing posts replies (404, nothing changes); the administrator's outbox replies STOP as the
		// person would (Twilio's signed replies: TwilioRepliesIntegrationTest).
		mvc.perform(post("/sms/inbound").param("From", phone).param("Body", "STOP")).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select ended_at from text_consent where account_id = ?", Timestamp.class, seeker.id())).isNull();
		mvc.perform(post("/admin/texts/reply").param("from", phone).with(user(seeker)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/texts/reply").param("from", phone).with(user(TestData.admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/texts"));
		assertThat(jdbc.queryForObject("select ended_how from text_consent where account_id = ?", String.class, seeker.id())).isEqualTo("STOP_REPLY");
		mvc.perform(get("/my/texts").with(user(seeker))).andExpect(content().string(containsString("when you replied STOP")));
		mvc.perform(post("/employer/applications/{id}/stage", application).param("stage", "HIRED").with(user(employer)).with(csrf()));
		assertThat(sender.outboxFor(phone)).hasSize(2);
		assertThat(mails(seeker)).isEqualTo(mailsBefore + 2);
	}

	@Test
	void theSettingsPageStopsTextsAndTheDataDownloadShowsTheConsent() throws Exception {
		AccountUser seeker = data.seeker();
		mvc.perform(post("/my/texts").param("phone", "(203) 555-0166").param("purposes", "JOB_ALERTS", "SESSION_REMINDERS").param("agree", "true")
				.with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/texts"));
		String json = mvc.perform(get("/my/data.json").with(user(seeker))).andReturn().getResponse().getContentAsString();
		assertThat(json).contains("\"Text messages\"", "+12035550166", "JOB_ALERTS, SESSION_REMINDERS", "\"Agreed on\"");
		mvc.perform(post("/my/texts/stop").with(user(seeker)).with(csrf())).andExpect(redirectedUrl("/my/texts"));
		assertThat(jdbc.queryForObject("select ended_how from text_consent where account_id = ?", String.class, seeker.id())).isEqualTo("SETTINGS");
		mvc.perform(post("/my/account/close").param("password", TestData.PASSWORD).param("confirm", "true").with(user(seeker)).with(csrf()));
		assertThat(jdbc.queryForObject("select count(*) from text_consent where account_id = ?", Long.class, seeker.id())).isZero();
	}
}
