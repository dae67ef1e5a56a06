package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.PdfChecks;
import org.recoveryworks.TestData;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.jobs.PostingView;
import org.recoveryworks.jobs.QuestionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A job seeker downloads everything held about them (JSON and PDF) and closes their account: personal data erased, statistics kept. */
@org.junit.jupiter.api.Tag("database")
class MyDataIntegrationTest extends IntegrationTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Autowired
	JdbcTemplate jdbc;

	private PostingView applied(AccountUser seeker) throws Exception {
		PostingView posting = jobBank.find(jobBank.post(data.employer(true).organizationId(), data.posting("Peer Navigator",
				List.of(TestData.question("Why do you want this job?", QuestionType.TEXT, false))), true).id());
		mvc.perform(multipart("/jobs/{id}/apply", posting.id())
				.file(new MockMultipartFile("resume", "river-resume.pdf", "application/pdf", PDF))
				.param("fullName", "River Applicant").param("email", seeker.email()).param("phone", "(860) 555-0123")
				.param("answers[" + posting.questions().get(0).id() + "]", "I want to give back what my peers gave me.")
				.with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/applications"));
		return posting;
	}

	@Test
	void aSeekerDownloadsEverythingHeldAboutThemAsJsonAndPdf() throws Exception {
		AccountUser seeker = data.seeker();
		applied(seeker);
		byte[] json = mvc.perform(get("/my/data.json").with(user(seeker)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse().getContentAsByteArray();
		JsonNode document = JsonMapper.builder().build().readTree(json);
		String text = document.toString();
		assertThat(text).contains(seeker.email(), "Peer Navigator", "River Applicant", "I want to give back what my peers gave me.",
				"river-resume.pdf", "(860) 555-0123");
		assertThat(document.get("sections").findValuesAsString("title")).contains("My account", "Job applications", "Coaching record",
				"Credentials", "E-mail we sent you");

		byte[] pdf = mvc.perform(get("/my/data.pdf").with(user(seeker)))
			.andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		// The PDF is tagged PDF/UA and reads section by section, each label before its value, as the JSON holds them.
		PdfChecks.assertTaggedPdfUa(pdf, "en-US", "Everything RecoveryWorks holds about you", "H1", "H2");
		PdfChecks.assertInOrder(pdf, "Everything RecoveryWorks holds about you", "My account", "E-mail", seeker.email(),
				"Coaching record", "Credentials", "Job applications", "Job", "Peer Navigator",
				"Stage now", "Received", "Name given", "River Applicant", "Shared with my coach", "No",
				"Why do you want this job?", "I want to give back what my peers gave me.", "E-mail we sent you");
		// Times read as the pages write them, not as stored; stages by the names the status board uses.
		assertThat(PdfChecks.text(pdf)).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d").doesNotContain("RECEIVED");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'data download' and actor_id = ?",
				Integer.class, seeker.id())).isEqualTo(2);
		// Only job seekers have this page; another role's account is refused.
		mvc.perform(get("/my/data.json").with(user(data.employer(true)))).andExpect(status().isForbidden());

		// In Spanish, the names and labels are Spanish; what the person wrote stays as written.
		JsonNode spanish = JsonMapper.builder().build().readTree(mvc.perform(get("/my/data.json").with(user(seeker))
			.header("Accept-Language", "es-US,es")).andReturn().getResponse().getContentAsByteArray());
		assertThat(spanish.get("about").asText()).isEqualTo("Todo lo que RecoveryWorks guarda sobre usted");
		assertThat(spanish.get("sections").findValuesAsString("title")).contains("Mi cuenta", "Solicitudes de empleo",
				"Registro de orientación", "Credenciales", "Correos que le enviamos");
		assertThat(spanish.toString()).contains("\"Correo electrónico\"", "\"Etapa actual\"", "I want to give back what my peers gave me.")
			.doesNotContain("\"Stage now\"");
		byte[] spanishPdf = mvc.perform(get("/my/data.pdf").with(user(seeker)).header("Accept-Language", "es-US,es"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		PdfChecks.assertTaggedPdfUa(spanishPdf, "es-US", "Todo lo que RecoveryWorks guarda sobre usted", "H1", "H2");
		PdfChecks.assertInOrder(spanishPdf, "Mi cuenta", "Correo electrónico", seeker.email(), "Solicitudes de empleo", "Etapa actual",
				"I want to give back what my peers gave me.");
	}

	@Test
	void closingAnAccountErasesThePersonAndKeepsTheStatistics() throws Exception {
		AccountUser seeker = data.seeker();
		PostingView posting = applied(seeker);
		String storageKey = jdbc.queryForObject("select d.storage_key from application_document d join job_application a"
				+ " on d.application_id = a.id where a.seeker_id = ?", String.class, seeker.id());

		// Not without the password and the confirmation; nothing is erased then.
		mvc.perform(post("/my/account/close").param("password", "not my password").param("confirm", "true").with(user(seeker)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("That is not your password.")));
		mvc.perform(post("/my/account/close").param("password", TestData.PASSWORD).with(user(seeker)).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Tick the box")));
		assertThat(jdbc.queryForObject("select email from user_account where id = ?", String.class, seeker.id())).isEqualTo(seeker.email());

		mvc.perform(post("/my/account/close").param("password", TestData.PASSWORD).param("confirm", "true").with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/login?closed"));

		var account = jdbc.queryForMap("select email, display_name, phone, closed_at from user_account where id = ?", seeker.id());
		assertThat(account.get("email")).isEqualTo("closed-account-" + seeker.id() + "@closed.invalid");
		assertThat(account.get("display_name")).isEqualTo("(closed account)");
		assertThat(account.get("closed_at")).isNotNull();
		var application = jdbc.queryForMap("select full_name, email, phone, stage, erased_at from job_application where seeker_id = ?",
				seeker.id());
		assertThat(application.get("full_name")).isEqualTo("(closed account)");
		assertThat(application.get("phone")).isNull();
		assertThat(application.get("stage")).isEqualTo("RECEIVED");
		assertThat(jdbc.queryForObject("select count(*) from application_answer a join job_application j on a.application_id = j.id"
				+ " where j.seeker_id = ?", Integer.class, seeker.id())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from application_document where storage_key = ?", Integer.class, storageKey)).isZero();
		// The job bank still counts the application.
		assertThat(jdbc.queryForObject("select count(*) from job_application where posting_id = ?", Integer.class, posting.id())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'account closed' and actor_id = ?",
				Integer.class, seeker.id())).isEqualTo(1);
		// Nobody signs in to it any more.
		mvc.perform(post("/login").param("username", seeker.email()).param("password", TestData.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
		mvc.perform(get("/login").param("closed", "")).andExpect(content().string(containsString("Your account is closed")));
	}
}
