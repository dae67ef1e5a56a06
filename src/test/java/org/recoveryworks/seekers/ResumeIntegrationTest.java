package org.recoveryworks.seekers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.PdfChecks;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.jobs.JobBank;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A résumé from the profile, with what the person chose: a tagged PDF whose text reads in order, and a Word document
 * that Apache POI opens, with heading styles; a line left out is on neither.
 */
@org.junit.jupiter.api.Tag("database")
class ResumeIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobBank jobBank;

	@Test
	void aSeekerDownloadsTheResumeTheyChoseAsPdfAndWord() throws Exception {
		AccountUser seeker = data.seeker();
		mvc.perform(post("/my/profile").param("phone", "(203) 555-0147").param("town", "Bridgeport").param("skills", "Cash register\nFirst aid")
				.param("languages", "English, Spanish").with(user(seeker)).with(csrf()));
		mvc.perform(post("/my/profile/experience").param("title", "Support group co-leader").param("employer", "Friday Night Recovery Group")
				.param("volunteer", "true").param("started", "2023-01").param("duties", "Led a weekly group\nWelcomed new members")
				.with(user(seeker)).with(csrf()));
		mvc.perform(post("/my/profile/experience").param("title", "Cashier").param("employer", "Park Street Market").param("started", "2017-04")
				.param("ended", "2020-11").with(user(seeker)).with(csrf()));
		mvc.perform(post("/my/profile/schooling").param("school", "Bassick High School").param("studied", "GED").param("finished", "2012")
				.with(user(seeker)).with(csrf()));
		Long group = jdbc.queryForObject("select w.id from seeker_work w join seeker_profile p on p.id = w.profile_id where p.account_id = ?"
				+ " and w.title = 'Support group co-leader'", Long.class, seeker.id());
		Long school = jdbc.queryForObject("select s.id from seeker_schooling s join seeker_profile p on p.id = s.profile_id where p.account_id = ?",
				Long.class, seeker.id());

		// The page: the guidance, and everything chosen to start with.
		mvc.perform(get("/my/profile/resume").with(user(seeker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("You do not need to explain a gap between jobs on paper.")))
			.andExpect(content().string(containsString("List peer support, volunteer work and recovery group roles as work.")));

		// Chosen: contact, the group role (not the cashier job), the school, the skills.
		byte[] pdf = mvc.perform(get("/my/profile/resume.pdf").param("contact", "true").param("work", group.toString())
				.param("schooling", school.toString()).param("skills", "true").param("languages", "false").param("certifications", "false")
				.with(user(seeker)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		PdfChecks.assertTaggedPdfUa(pdf, "en-US", "Résumé of " + seeker.displayName(), "H1", "H2", "H3", "P", "L", "LI");
		PdfChecks.assertInOrder(pdf, seeker.displayName(), "(203) 555-0147", seeker.email(), "Bridgeport", "Work experience",
				"Support group co-leader, Friday Night Recovery Group", "January 2023 to now", "Volunteer", "Led a weekly group",
				"Welcomed new members", "Education and training", "Bassick High School, GED (2012)", "Skills", "Cash register", "First aid");
		assertThat(PdfChecks.text(pdf)).doesNotContain("Cashier", "English, Spanish");

		byte[] word = mvc.perform(get("/my/profile/resume.docx").param("contact", "false").param("work", group.toString())
				.param("skills", "false").param("languages", "true").param("certifications", "false").with(user(seeker)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word))) {
			List<XWPFParagraph> paragraphs = doc.getParagraphs();
			assertThat(paragraphs.get(0).getText()).isEqualTo(seeker.displayName());
			assertThat(paragraphs.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList())
				.containsExactly("Work experience", "Languages");
			assertThat(paragraphs.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList())
				.containsExactly("Support group co-leader, Friday Night Recovery Group");
			String text = String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList());
			assertThat(text).contains("Led a weekly group", "English, Spanish").doesNotContain("Cashier", seeker.email(), "(203) 555-0147",
					"Bassick");
			assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Résumé of " + seeker.displayName());
			assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
		}

		// Another person's line ids add nothing to one's own résumé.
		AccountUser other = data.seeker();
		byte[] theirs = mvc.perform(get("/my/profile/resume.pdf").param("work", group.toString()).with(user(other)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(PdfChecks.text(theirs)).contains(other.displayName()).doesNotContain("Support group co-leader");
	}

	@Test
	void verifiedCredentialsAreListedByThemselvesWhenThePersonChooses() throws Exception {
		AccountUser seeker = data.seeker();
		Long type = jdbc.queryForObject("select id from credential_type where code = 'CT-RSS'", Long.class);
		mvc.perform(post("/credentials").param("typeId", type.toString()).with(user(seeker)).with(csrf()));
		Long track = jdbc.queryForObject("select id from credential_track where account_id = ?", Long.class, seeker.id());
		// A supervisor verified the certification (its own workflow is tested in CredentialsIntegrationTest).
		jdbc.update("insert into credential_entry (track_id, kind, done_on, description, status, created_at) values (?, 'CERTIFIED', ?, ?,"
				+ " 'VERIFIED', current_timestamp)", track, Date.valueOf(LocalDate.now(clock).minusMonths(2)), "Certified");
		mvc.perform(get("/my/profile").with(user(seeker)))
			.andExpect(content().string(containsString("You hold verified credentials, but you chose not to list them.")));
		mvc.perform(post("/my/profile").param("showCredentials", "true").with(user(seeker)).with(csrf()));
		String page = mvc.perform(get("/my/profile").with(user(seeker))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Recovery Support Specialist", "verified");
		byte[] pdf = mvc.perform(get("/my/profile/resume.pdf").param("certifications", "true").with(user(seeker)))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(PdfChecks.text(pdf)).contains("Certificates and licenses", "Recovery Support Specialist", "verified");

		// The listed credential before the person's own 2,000 characters of certificates still fits an application.
		mvc.perform(post("/my/profile").param("showCredentials", "true").param("certifications", "C".repeat(2000)).with(user(seeker)).with(csrf()));
		Long posting = jobBank.post(data.employer(true).organizationId(), data.posting("Long certificates", List.of()), true).id();
		mvc.perform(multipart("/jobs/{id}/apply", posting)
				.param("fullName", "Sam").param("email", seeker.email()).param("withSkills", "true").with(user(seeker)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "apply.done"));
		assertThat(jdbc.queryForObject("select what from application_background b join job_application a on a.id = b.application_id"
				+ " where a.posting_id = ? and b.kind = 'CERTIFICATIONS'", String.class, posting)).startsWith("Recovery Support Specialist").hasSize(2000);
	}
}
