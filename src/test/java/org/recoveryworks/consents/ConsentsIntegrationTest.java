package org.recoveryworks.consents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.PdfChecks;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 42 CFR Part 2: a disclosure only under an active consent that covers it, with the re-disclosure
 * notice, logged and accounted for three years; revocation stops disclosures at once.
 */
@org.junit.jupiter.api.Tag("database")
class ConsentsIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	private Long enroll(AccountUser coach, String name) throws Exception {
		String location = mvc.perform(post("/coach/participants").param("fullName", name).param("preferredName", name.split(" ")[0])
				.param("email", "p" + TestData.next() + "@example.org").param("town", "Middletown").param("zip", "06457")
				.param("language", "English").param("enrolledOn", LocalDate.now(clock).minusMonths(2).toString()).param("referralSource", "Self")
				.param("employmentStatus", "UNEMPLOYED_LOOKING").param("benefits", "SSDI").with(user(coach)).with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/participants/*"))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private MockHttpServletRequestBuilder consent(Long participantId) {
		return consent(participantId, LocalDate.now(clock).plusMonths(6).toString());
	}

	private MockHttpServletRequestBuilder consent(Long participantId, String expiresOn) {
		return post("/coach/participants/{id}/consents", participantId).param("discloser", "Middletown Peer Employment Program")
			.param("information", "ENROLLMENT", "SESSION_ATTENDANCE")
			.param("description", "Enrollment dates and coaching attendance since March")
			.param("recipientName", "Pat Doe, vocational rehabilitation counselor")
			.param("recipientOrganization", "Bureau of Rehabilitation Services").param("recipientContact", "(860) 555-0100")
			.param("purpose", "To plan job supports together").param("expiresOn", expiresOn)
			.param("signedBy", "Dana Client").param("signedOn", LocalDate.now(clock).toString()).param("toldRightToRevoke", "true");
	}

	private Long recordConsent(AccountUser coach, Long participantId) throws Exception {
		mvc.perform(consent(participantId).with(user(coach)).with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/participants/*/consents"))
			.andExpect(flash().attribute("flashKey", "consent.recorded"));
		return jdbc.queryForObject("select max(id) from consent where participant_id = ?", Long.class, participantId);
	}

	private int audited(String action, String recordType, Long participantId) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and record_type = ? and participant_id = ?",
				Integer.class, action, recordType, participantId);
	}

	private int disclosures(Long participantId) {
		return jdbc.queryForObject("select count(*) from disclosure where participant_id = ?", Integer.class, participantId);
	}

	@Test
	void aConsentNeedsEverythingThe2024RuleAsksFor() throws Exception {
		TestData.Program program = data.program();
		Long id = enroll(program.coach(), "Dana Client");
		mvc.perform(post("/coach/participants/{id}/consents", id).param("signedOn", LocalDate.now(clock).plusDays(2).toString())
				.param("expiresOn", LocalDate.now(clock).toString()).param("information", "NOT_A_KIND")
				.param("description", "x".repeat(1001)).with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "discloser", "information", "description", "recipientName", "purpose",
					"signedBy", "signedOn", "toldRightToRevoke", "expiresAfterSigning"))
			.andExpect(content().string(containsString("Tell the person they can revoke the consent")));
		mvc.perform(consent(id, "").with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "expiryGiven"));
		assertThat(jdbc.queryForObject("select count(*) from consent where participant_id = ?", Integer.class, id)).isZero();
		// An expiry event instead of a date is enough.
		mvc.perform(consent(id, "").param("expiryEvent", "When I leave the program").with(user(program.coach()))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/participants/*/consents"));
		assertThat(audited("CREATE", "consent", id)).isEqualTo(1);
	}

	@Test
	void aDisclosureUnderAnActiveConsentCarriesTheNoticeAndIsAccountedFor() throws Exception {
		TestData.Program program = data.program();
		Long id = enroll(program.coach(), "Dana Client");
		Long consentId = recordConsent(program.coach(), id);

		String location = mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", id, consentId)
				.param("information", "ENROLLMENT", "SESSION_ATTENDANCE").with(user(program.coach())).with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/participants/*/disclosures/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(user(program.coach())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("prohibit you from making any further disclosure of this record")))
			.andExpect(content().string(containsString("Name: Dana Client")))
			.andExpect(content().string(containsString("Pat Doe, vocational rehabilitation counselor, Bureau of Rehabilitation Services")))
			.andExpect(content().string(not(containsString("Coaching session notes"))));
		assertThat(audited("DISCLOSE", "disclosure", id)).isEqualTo(1);
		// The same as a PDF to send: tagged PDF/UA, the notice before what was disclosed, the rule's words in English.
		byte[] pdf = mvc.perform(get(location + "/pdf").with(user(program.coach())))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		PdfChecks.assertTaggedPdfUa(pdf, "en-US", "Information about Dana", "H1", "H2", "P", "L", "LI");
		PdfChecks.assertInOrder(pdf, "Information about Dana", "Notice to the recipient",
				"prohibit you from making any further disclosure of this record", "To",
				"Pat Doe, vocational rehabilitation counselor, Bureau of Rehabilitation Services", "Name: Dana Client");
		assertThat(PdfChecks.text(pdf)).doesNotContain("Coaching session notes");
		byte[] spanish = mvc.perform(get(location + "/pdf").with(user(program.coach())).header("Accept-Language", "es-US"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		PdfChecks.assertTaggedPdfUa(spanish, "es-US", "Información sobre Dana", "H1", "H2", "P");
		PdfChecks.assertInOrder(spanish, "Información sobre Dana", "Aviso para quien recibe la información",
				"prohibit you from making any further disclosure of this record", "Para", "Pat Doe");
		mvc.perform(get(location + "/pdf").with(user(data.program().coach()))).andExpect(status().isNotFound());

		// The accounting lists it: recipient, date, what, purpose.
		mvc.perform(get("/coach/participants/{id}/disclosures", id).with(user(program.supervisor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pat Doe, vocational rehabilitation counselor")))
			.andExpect(content().string(containsString("To plan job supports together")))
			.andExpect(content().string(containsString("Coaching sessions attended")));
		// Three years back, no further.
		Long old = jdbc.queryForObject("select max(id) from disclosure where participant_id = ?", Long.class, id);
		jdbc.update("insert into disclosure (participant_id, consent_id, recipient, information, purpose, disclosed_by, disclosed_at, content)"
				+ " select participant_id, consent_id, 'An old recipient', information, purpose, disclosed_by, ?, content from disclosure where id = ?",
				java.sql.Timestamp.from(java.time.Instant.now(clock).minus(java.time.Duration.ofDays(3 * 366 + 1))), old);
		mvc.perform(get("/coach/participants/{id}/disclosures", id).with(user(program.coach())))
			.andExpect(content().string(not(containsString("An old recipient"))));
	}

	@Test
	void nothingIsDisclosedBeyondTheConsentOrAfterItEnds() throws Exception {
		TestData.Program program = data.program();
		Long id = enroll(program.coach(), "Dana Client");
		Long consentId = recordConsent(program.coach(), id);

		// Not covered: session notes were not consented to.
		mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", id, consentId)
				.param("information", "ENROLLMENT", "SESSION_NOTES").with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("does not cover all of what you chose")));
		// Nothing chosen, or nonsense.
		mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", id, consentId).with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Choose what to disclose")));
		mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", id, consentId).param("information", "<script>")
				.with(user(program.coach())).with(csrf()))
			.andExpect(status().is4xxClientError());
		// Another participant's consent, or another caseload's coach: "not found".
		Long other = enroll(program.coach(), "Other Person");
		mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", other, consentId).param("information", "ENROLLMENT")
				.with(user(program.coach())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", id, consentId).param("information", "ENROLLMENT")
				.with(user(program.otherCoach())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/coach/participants/{id}/consents", id).with(user(data.program().supervisor())))
			.andExpect(status().isNotFound());
		assertThat(disclosures(id)).isZero();

		// Expired yesterday: refused.
		jdbc.update("update consent set expires_on = ? where id = ?", java.sql.Date.valueOf(LocalDate.now(clock).minusDays(1)), consentId);
		mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", id, consentId).param("information", "ENROLLMENT")
				.with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("This consent is not active")));
		assertThat(disclosures(id)).isZero();
		assertThat(audited("DISCLOSE", "disclosure", id)).isZero();
	}

	@Test
	void aRevocationStopsDisclosuresAtOnceWhoeverRecordsIt() throws Exception {
		TestData.Program program = data.program();
		AccountUser person = data.seeker();
		Long id = enroll(program.coach(), "Dana Client");
		mvc.perform(post("/coach/participants/{id}/invite", id).param("email", person.email()).with(user(program.coach())).with(csrf()));
		mvc.perform(post("/my/coaching/invitations/{id}/accept", id).with(user(person)).with(csrf()));
		Long first = recordConsent(program.coach(), id);
		Long second = recordConsent(program.coach(), id);
		mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", id, first).param("information", "ENROLLMENT")
				.with(user(program.coach())).with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/participants/*/disclosures/*"));

		// The coach records that the person revoked the first by phone.
		mvc.perform(post("/coach/participants/{id}/consents/{c}/revoke", id, first).param("note", "Told me by phone")
				.with(user(program.coach())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "consent.revoked"));
		mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", id, first).param("information", "ENROLLMENT")
				.with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("This consent was revoked")));
		mvc.perform(post("/coach/participants/{id}/consents/{c}/revoke", id, first).with(user(program.coach())).with(csrf()))
			.andExpect(flash().attribute("errorKey", "consent.alreadyRevoked"));

		// The person sees their consents and the accounting, and revokes the second themselves.
		mvc.perform(get("/my/coaching/consents").with(user(person)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Revoked on")))
			.andExpect(content().string(containsString("Pat Doe, vocational rehabilitation counselor")));
		mvc.perform(post("/my/coaching/consents/{c}/revoke", second).with(user(person)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "consent.revoked"));
		mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", id, second).param("information", "ENROLLMENT")
				.with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("This consent was revoked")));
		assertThat(disclosures(id)).isEqualTo(1);
		assertThat(audited("UPDATE", "consent revoked", id)).isEqualTo(2);

		// Someone else's consent is not theirs to revoke.
		AccountUser stranger = data.seeker();
		mvc.perform(post("/my/coaching/consents/{c}/revoke", first).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/my/coaching/consents").with(user(stranger))).andExpect(status().isNotFound());
	}

	@Test
	void aConsentSignedOnPaperIsUploadedAndDownloadedAsItWasSigned() throws Exception {
		TestData.Program program = data.program();
		Long id = enroll(program.coach(), "Dana Client");
		byte[] scan = "%PDF-1.4\n% the signed consent\n%%EOF\n".getBytes();
		// Neither a typed name nor the signed form: refused, nothing saved.
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/coach/participants/{id}/consents", id)
				.params(consentParams()).param("signedBy", "").with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "signedBy"));
		// A file that is no scan: refused on its field.
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/coach/participants/{id}/consents", id)
				.file(new org.springframework.mock.web.MockMultipartFile("signedForm", "consent.exe", "application/pdf", "MZ not a scan".getBytes()))
				.params(consentParams()).param("signedBy", "").with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "signedForm"));
		assertThat(jdbc.queryForObject("select count(*) from consent where participant_id = ?", Integer.class, id)).isZero();

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/coach/participants/{id}/consents", id)
				.file(new org.springframework.mock.web.MockMultipartFile("signedForm", "signed consent.pdf", "application/pdf", scan))
				.params(consentParams()).param("signedBy", "").with(user(program.coach())).with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/participants/*/consents"));
		Long consentId = jdbc.queryForObject("select max(id) from consent where participant_id = ?", Long.class, id);
		mvc.perform(get("/coach/participants/{id}/consents", id).with(user(program.coach())))
			.andExpect(content().string(containsString("signed consent.pdf")))
			.andExpect(content().string(containsString("(signed form on file)")));
		mvc.perform(get("/coach/participants/{id}/consents/{c}/signed-form", id, consentId).with(user(program.coach())))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Content-Disposition",
					containsString("attachment")))
			.andExpect(content().bytes(scan));
		mvc.perform(get("/coach/participants/{id}/consents/{c}/signed-form", id, consentId).with(user(program.otherCoach())))
			.andExpect(status().isNotFound());
	}

	private org.springframework.util.MultiValueMap<String, String> consentParams() {
		org.springframework.util.LinkedMultiValueMap<String, String> p = new org.springframework.util.LinkedMultiValueMap<>();
		p.add("discloser", "Middletown Peer Employment Program");
		p.add("information", "ENROLLMENT");
		p.add("description", "Enrollment dates");
		p.add("recipientName", "Pat Doe");
		p.add("purpose", "To plan job supports together");
		p.add("expiresOn", LocalDate.now(clock).plusMonths(6).toString());
		p.add("signedOn", LocalDate.now(clock).toString());
		p.add("toldRightToRevoke", "true");
		return p;
	}
}
