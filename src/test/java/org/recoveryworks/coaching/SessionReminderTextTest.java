package org.recoveryworks.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.sms.TextSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A participant who chose texts for reminders gets the morning's reminder by text: the time, and no program or coach. */
class SessionReminderTextTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Sessions sessions;

	@Autowired
	TextSender sender;

	@Test
	void aParticipantWhoChoseRemindersGetsATextThatNamesNoProgram() throws Exception {
		AccountUser person = data.seeker();
		TestData.Program program = data.program();
		Long participant = Enrollments.enroll(mvc, program.coach(), LocalDate.now(clock), "Robin Texter");
		mvc.perform(post("/coach/participants/{id}/invite", participant).param("email", person.email()).with(user(program.coach())).with(csrf()));
		mvc.perform(post("/my/coaching/invitations/{id}/accept", participant).with(user(person)).with(csrf()));
		String phone = "+1475555" + String.format("%04d", TestData.next() % 10000);
		mvc.perform(post("/my/texts").param("phone", phone).param("purposes", "SESSION_REMINDERS").param("agree", "true")
				.with(user(person)).with(csrf()));
		mvc.perform(post("/coach/participants/{id}/sessions", participant).param("date", LocalDate.now(clock).plusDays(1).toString())
			.param("time", "14:00").param("minutes", "30").param("mode", "VIDEO").param("kind", "FOLLOW_ALONG")
			.with(user(program.coach())).with(csrf()));
		sessions.sendReminders();
		assertThat(sender.outboxFor(phone)).singleElement().asString().startsWith("Reminder: you have an appointment ").endsWith("RecoveryWorks")
			.doesNotContain(program.coach().displayName());
	}
}
