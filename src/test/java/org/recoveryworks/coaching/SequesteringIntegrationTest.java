package org.recoveryworks.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A staff member's own record goes by a pseudonym; only the privacy officer sees who it is, and a supervisor in an emergency. */
@org.junit.jupiter.api.Tag("database")
class SequesteringIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private Long enroll(AccountUser coach, String name, String email) throws Exception {
		String location = mvc.perform(post("/coach/participants").param("fullName", name).param("preferredName", name.split(" ")[0])
				.param("email", email).param("phone", "(860) 555-0177").param("town", "Middletown").param("zip", "06457")
				.param("language", "English").param("enrolledOn", LocalDate.now(clock).minusMonths(2).toString()).param("referralSource", "Self")
				.param("employmentStatus", "EMPLOYED_PART_TIME").param("benefits", "SSDI").with(user(coach)).with(csrf()))
			.andExpect(redirectedUrlPattern("/coach/participants/*"))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private String pseudonym(Long id) {
		return jdbc.queryForObject("select pseudonym from participant where id = ?", String.class, id);
	}

	private AccountUser privacyOfficer() {
		return accounts.createPrivacyOfficer("privacy" + TestData.next() + "@example.org", TestData.PASSWORD, "Privacy Officer");
	}

	@Test
	void aSequesteredRecordGoesByItsPseudonymForEveryoneButThePrivacyOfficer() throws Exception {
		TestData.Program program = data.program();
		String email = "jamie" + TestData.next() + "@example.org";
		Long id = enroll(program.coach(), "Jamie Staffmember", email);

		// A consent signed and a disclosure made before the record was sequestered: both name the person.
		mvc.perform(post("/coach/participants/{id}/consents", id).param("discloser", "Program").param("information", "ENROLLMENT")
			.param("description", "Dates").param("recipientName", "Pat Doe").param("purpose", "Planning")
			.param("expiresOn", LocalDate.now(clock).plusMonths(3).toString()).param("signedBy", "Jamie Staffmember")
			.param("signedOn", LocalDate.now(clock).toString()).param("toldRightToRevoke", "true").with(user(program.coach())).with(csrf()));
		Long consent = jdbc.queryForObject("select max(id) from consent where participant_id = ?", Long.class, id);
		mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", id, consent).param("information", "ENROLLMENT")
			.with(user(program.coach())).with(csrf()));
		Long disclosure = jdbc.queryForObject("select max(id) from disclosure where participant_id = ?", Long.class, id);
		// Registered for a training, under the name the record goes by.
		String training = mvc.perform(post("/coach/trainings").param("kind", "WORKSHOP").param("title", "Sequestered workshop")
			.param("heldOn", LocalDate.now(clock).toString()).param("hours", "2").param("audience", "PARTICIPANTS")
			.with(user(program.coach())).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(training + "/registrations").param("participantId", id.toString()).with(user(program.coach())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "training.registered"));

		// Not without the confirmation.
		mvc.perform(post("/coach/participants/{id}/sequester", id).with(user(program.coach())).with(csrf()))
			.andExpect(flash().attribute("errorKey", "sequester.confirm"));
		assertThat(pseudonym(id)).isNull();
		mvc.perform(post("/coach/participants/{id}/sequester", id).param("confirm", "true").with(user(program.otherCoach())).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/coach/participants/{id}/sequester", id).param("confirm", "true").with(user(program.coach())).with(csrf()))
			.andExpect(flash().attribute("flashKey", "sequester.done"));
		String pseudonym = pseudonym(id);
		assertThat(pseudonym).matches("Person [A-Z2-9]{5}");
		assertThat(jdbc.queryForObject("select attendee_name from training_registration where participant_id = ?", String.class, id))
			.as("the training registration goes by the pseudonym too").isEqualTo(pseudonym);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'UPDATE' and record_type = 'sequestered record'"
				+ " and participant_id = ?", Integer.class, id)).isEqualTo(1);

		// The coach keeps working with the record, under the pseudonym: no name, contact details or address.
		for (AccountUser staff : new AccountUser[] { program.coach(), program.supervisor() }) {
			mvc.perform(get("/coach/participants/{id}", id).with(user(staff)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(pseudonym)))
				.andExpect(content().string(not(containsString("Staffmember"))))
				.andExpect(content().string(not(containsString("Jamie"))))
				.andExpect(content().string(not(containsString(email))))
				.andExpect(content().string(not(containsString("555-0177"))));
			mvc.perform(get("/coach").with(user(staff)))
				.andExpect(content().string(containsString(pseudonym)))
				.andExpect(content().string(not(containsString("Jamie"))));
			// The job matches search near the person's ZIP code, and do not print it.
			mvc.perform(get("/coach/participants/{id}/jobs", id).with(user(staff)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("near where the person lives")))
				.andExpect(content().string(not(containsString("near 06457"))));
		}
		// Nor through the consents and disclosures: the signer is hidden, the copies of what was sent stay closed, and
		// nothing more goes out under the pseudonym.
		mvc.perform(get("/coach/participants/{id}/consents", id).with(user(program.coach())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Staffmember"))))
			.andExpect(content().string(containsString("hidden: sequestered record")));
		mvc.perform(get("/coach/participants/{id}/disclosures/{d}", id, disclosure).with(user(program.coach())))
			.andExpect(flash().attribute("errorKey", "disclosure.sequestered"));
		mvc.perform(post("/coach/participants/{id}/consents/{c}/disclose", id, consent).param("information", "ENROLLMENT")
				.with(user(program.coach())).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("Staffmember"))));
		assertThat(jdbc.queryForObject("select count(*) from disclosure where participant_id = ?", Integer.class, id)).isEqualTo(1);
		mvc.perform(get("/coach/participants/{id}/edit", id).with(user(program.coach())))
			.andExpect(redirectedUrl("/coach/participants/" + id))
			.andExpect(flash().attribute("errorKey", "participant.sequestered.edit"));
		mvc.perform(get("/api/v1/participants/{id}", id).with(user(program.coach())))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("Jamie"))));

		// The privacy officer sees who it is.
		AccountUser officer = privacyOfficer();
		mvc.perform(get("/privacy/sequestered").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(pseudonym)))
			.andExpect(content().string(containsString("Jamie Staffmember")));
		mvc.perform(get("/privacy/sequestered/{id}", id).with(user(officer)))
			.andExpect(status().isOk()).andExpect(content().string(containsString(email)));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'READ' and record_type = 'sequestered record'"
				+ " and actor_id = ? and participant_id = ?", Integer.class, officer.id(), id)).isEqualTo(1);
		mvc.perform(get("/privacy/sequestered").with(user(program.supervisor()))).andExpect(status().isForbidden());
		Long plain = enroll(program.coach(), "Not Sequestered", "plain" + TestData.next() + "@example.org");
		mvc.perform(get("/privacy/sequestered/{id}", plain).with(user(officer))).andExpect(status().isNotFound());

		// Lifted: the name is back.
		mvc.perform(post("/privacy/sequestered/{id}/lift", id).with(user(officer)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "sequester.lifted"));
		mvc.perform(get("/coach/participants/{id}", id).with(user(program.coach())))
			.andExpect(content().string(containsString("Jamie")));
		assertThat(jdbc.queryForObject("select attendee_name from training_registration where participant_id = ?", String.class, id))
			.doesNotContain("Person ").contains("Jamie");
	}

	@Test
	void theCredentialRecordOfAPersonWhoseRecordIsSequesteredIsNoLongerTheProgramsToVerify() throws Exception {
		TestData.Program program = data.program();
		AccountUser person = data.seeker();
		Long id = enroll(program.coach(), "Quinn Formerstaff", "quinn" + TestData.next() + "@example.org");
		mvc.perform(post("/coach/participants/{id}/invite", id).param("email", person.email()).with(user(program.coach())).with(csrf()));
		mvc.perform(post("/my/coaching/invitations/{id}/accept", id).with(user(person)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "invite.accepted"));
		Long type = jdbc.queryForObject("select id from credential_type where code = 'CT-RSS'", Long.class);
		mvc.perform(post("/credentials").param("typeId", type.toString()).with(user(person)).with(csrf()));
		Long track = jdbc.queryForObject("select id from credential_track where account_id = ?", Long.class, person.id());
		mvc.perform(multipart("/credentials/{id}/entries", track).param("kind", "WORK").param("hours", "10")
			.param("doneOn", LocalDate.now(clock).minusDays(1).toString()).param("description", "Warmline shifts").with(user(person))
			.with(csrf()));
		mvc.perform(get("/credentials/{id}", track).with(user(program.supervisor()))).andExpect(status().isOk());

		// Sequestered: the supervisor would open the record of a person they must not know is a participant.
		mvc.perform(post("/coach/participants/{id}/sequester", id).param("confirm", "true").with(user(program.coach())).with(csrf()));
		mvc.perform(get("/credentials/{id}", track).with(user(program.supervisor()))).andExpect(status().isNotFound());
		mvc.perform(get("/credentials/verify").with(user(program.supervisor())))
			.andExpect(content().string(not(containsString("Warmline shifts"))));
		mvc.perform(get("/credentials/{id}", track).with(user(person))).andExpect(status().isOk());
	}

	@Test
	void aSupervisorsEmergencyAccessNeedsAReasonEndsAndIsReviewed() throws Exception {
		TestData.Program program = data.program();
		Long id = enroll(program.coach(), "Alex Formerstaff", "alex" + TestData.next() + "@example.org");
		mvc.perform(post("/coach/participants/{id}/sequester", id).param("confirm", "true").with(user(program.coach())).with(csrf()));
		String reason = "Alex collapsed at the drop-in center; the ambulance crew needs an emergency contact.";

		// Not a coach, not another program's supervisor, not without a real reason.
		mvc.perform(post("/coach/participants/{id}/emergency-access", id).param("reason", reason).with(user(program.coach())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/coach/participants/{id}/emergency-access", id).param("reason", reason).with(user(data.program().supervisor()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/coach/participants/{id}/emergency-access", id).param("reason", "because").with(user(program.supervisor()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("in 20 to 1,000 characters")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(jdbc.queryForObject("select count(*) from emergency_access where participant_id = ?", Integer.class, id)).isZero();

		mvc.perform(post("/coach/participants/{id}/emergency-access", id).param("reason", reason).with(user(program.supervisor()))
				.with(csrf()))
			.andExpect(redirectedUrl("/coach/participants/" + id))
			.andExpect(flash().attribute("flashKey", "emergency.granted"));
		mvc.perform(get("/coach/participants/{id}", id).with(user(program.supervisor())))
			.andExpect(content().string(containsString("Alex Formerstaff")))
			.andExpect(content().string(containsString("Emergency access until")));
		// Only for that supervisor: the coach still sees the pseudonym.
		mvc.perform(get("/coach/participants/{id}", id).with(user(program.coach())))
			.andExpect(content().string(not(containsString("Formerstaff"))));
		assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'EMERGENCY' and participant_id = ?", String.class, id))
			.isEqualTo("for review: " + reason);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'READ' and participant_id = ? and actor_id = ?"
				+ " and detail = 'emergency access to a sequestered record'", Integer.class, id, program.supervisor().id())).isEqualTo(1);

		// Time-limited.
		jdbc.update("update emergency_access set ends_at = ? where participant_id = ?",
				java.sql.Timestamp.from(java.time.Instant.now(clock).minusSeconds(1)), id);
		mvc.perform(get("/coach/participants/{id}", id).with(user(program.supervisor())))
			.andExpect(content().string(not(containsString("Formerstaff"))));

		// The privacy officer reviews it.
		AccountUser officer = privacyOfficer();
		mvc.perform(get("/privacy/sequestered").with(user(officer))).andExpect(content().string(containsString(reason)));
		Long grant = jdbc.queryForObject("select id from emergency_access where participant_id = ?", Long.class, id);
		mvc.perform(post("/privacy/emergency-access/{id}/reviewed", grant).param("note", "x".repeat(501)).with(user(officer)).with(csrf()))
			.andExpect(flash().attribute("errorKey", "emergency.review.tooLong"));
		mvc.perform(post("/privacy/emergency-access/{id}/reviewed", grant).param("note", "Called the supervisor: justified.")
				.with(user(officer)).with(csrf()))
			.andExpect(flash().attribute("flashKey", "emergency.reviewed"));
		mvc.perform(get("/privacy/sequestered").with(user(officer))).andExpect(content().string(not(containsString(reason))));
		mvc.perform(post("/privacy/emergency-access/{id}/reviewed", grant).with(user(officer)).with(csrf())).andExpect(status().isNotFound());
	}
}
