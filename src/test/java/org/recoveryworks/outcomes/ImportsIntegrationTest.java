package org.recoveryworks.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Imports refuse bad files row by row and write all rows or none. */
@org.junit.jupiter.api.Tag("database")
class ImportsIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Imports imports;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.recoveryworks.accounts.Accounts accounts;

	private static final String HEADER = "external_id,full_name,enrolled_on,employment_status,benefits,coach_email\r\n";

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private long participantsIn(TestData.Program program) {
		return jdbc.queryForObject("select count(*) from participant where program_id = ?", Long.class, program.id());
	}

	private static List<String> errors(Imports.Result result) {
		return result.errors().stream().map(e -> e.row() + "/" + e.column() + ": " + e.message()).toList();
	}

	@Test
	void wrongTypesAndUnknownValuesAreListedByRowAndColumnAndNothingIsWritten() {
		TestData.Program program = data.program();
		String coach = program.coach().email();
		byte[] file = csv(HEADER
				+ "A1,Ana Demo,2009-01-05,unemployed_looking,SSI," + coach + "\r\n"
				+ "A2,Ben Demo,13/45/2009,unemployed_looking,SSI," + coach + "\r\n"
				+ "A3,Cy Demo,2009-01-05,walking,SSI," + coach + "\r\n"
				+ "A4,,2009-01-05,unemployed_looking,lottery," + coach + "\r\n"
				+ "A5,Dee Demo,2009-01-05,unemployed_looking,SSI,nobody@example.org\r\n"
				+ "A1,Eve Demo,2009-01-05,unemployed_looking,SSI," + coach + "\r\n"
				+ "A7,Fay Demo," + java.time.LocalDate.now(clock).plusMonths(2) + ",unemployed_looking,SSI," + coach + "\r\n");

		Imports.Result result = imports.apply(program.supervisor(), null, ImportKind.PARTICIPANTS, file);

		assertThat(result.ok()).isFalse();
		assertThat(result.applied()).isFalse();
		assertThat(errors(result)).contains(
				"3/enrolled_on: '13/45/2009' is not a date. Write it as 2026-03-15 or 3/15/2026.",
				"4/employment_status: 'walking' is not one of: unemployed_looking, unemployed_not_looking, employed_part_time, employed_full_time, volunteering, in_school.",
				"5/benefits: 'lottery' is not one of: ssi, ssdi, other, none.",
				"6/coach_email: No coach of the program has the e-mail nobody@example.org.",
				"7/external_id: The external id A1 is already used on row 2.",
				"8/enrolled_on: The date cannot be in the future.");
		assertThat(errors(result)).anyMatch(e -> e.startsWith("5/full_name: "));
		assertThat(participantsIn(program)).isZero();
	}

	@Test
	void sessionsForUnknownParticipantsAndMalformedNumbersAreRefused() {
		TestData.Program program = data.program();
		assertThat(imports.apply(program.supervisor(), null, ImportKind.PARTICIPANTS,
				csv(HEADER + "K1,Kim Demo,2009-01-05,unemployed_looking,NONE,\r\n")).ok()).isTrue();
		byte[] sessions = csv("external_id,participant_external_id,date,minutes,mode,kind\r\n"
				+ "S1,K1,2009-02-01,60,in_person,job_search\r\n"
				+ "S2,NOPE,2009-02-01,60,in_person,job_search\r\n"
				+ "S3,K1,2009-02-01,sixty,in_person,job_search\r\n"
				+ "S4,K1,2009-02-01,99999999999999999999,in_person,job_search\r\n"
				+ "S5,K1,2009-02-01,60,telepathy,job_search\r\n"
				+ "S6,K1,,60,,\r\n"
				+ "S7,K1,+999999999-12-31,60,phone,job_search\r\n"
				+ "S8,K1,1850-02-01,60,phone,job_search\r\n");

		Imports.Result result = imports.apply(program.supervisor(), null, ImportKind.SESSIONS, sessions);

		assertThat(errors(result)).containsExactly(
				"3/participant_external_id: No participant of the program was imported with the external id NOPE. Import the participants first.",
				"4/minutes: 'sixty' is not a number.",
				"5/minutes: '99999999999999999999' is not a number.",
				"6/mode: 'telepathy' is not one of: in_person, phone, video, accompanying.",
				"7/date: Fill in this column.", "7/mode: Fill in this column.", "7/kind: Fill in this column.",
				"8/date: Enter a date between the years 1900 and 2100.",
				"9/date: Enter a date between the years 1900 and 2100.");
		assertThat(imports.check(program.supervisor(), null, ImportKind.SESSIONS, sessions).errors()).hasSize(9);
		assertThat(jdbc.queryForObject("select count(*) from coaching_session s join participant p on p.id = s.participant_id"
				+ " where p.program_id = ?", Long.class, program.id())).isZero();
	}

	@Test
	void malformedFilesAreRefusedWithTheRowWhereReadingStopped() {
		TestData.Program program = data.program();
		var supervisor = program.supervisor();
		assertThat(errors(imports.check(supervisor, null, ImportKind.PARTICIPANTS,
				csv(HEADER + "A1,\"Ana Demo,2009-01-05,unemployed_looking,SSI,\r\n"))))
			.containsExactly("2/-: A quoted field is never closed.");
		assertThat(errors(imports.check(supervisor, null, ImportKind.PARTICIPANTS,
				csv(HEADER + "A1,\"Ana\" Demo,2009-01-05,unemployed_looking,SSI,\r\n"))))
			.containsExactly("2/-: A quotation mark is in the wrong place. Quote the whole field, and double quotation marks inside it.");
		assertThat(errors(imports.check(supervisor, null, ImportKind.PARTICIPANTS,
				csv(HEADER + "A1,Ana Demo,2009-01-05\r\n"))))
			.containsExactly("2/-: The row has 3 fields; the header has 6.");
		assertThat(errors(imports.check(supervisor, null, ImportKind.PARTICIPANTS,
				csv("external_id,name,enrolled_on\r\nA1,Ana,2009-01-05\r\n"))))
			.contains("1/name: Unknown column. The columns are: external_id, full_name, preferred_name, phone, email, town, zip, language, enrolled_on, referral_source, employment_status, benefits, discharged_on, discharge_reason, coach_email.",
					"1/full_name: This required column is missing.", "1/employment_status: This required column is missing.");
		assertThat(errors(imports.check(supervisor, null, ImportKind.PARTICIPANTS, new byte[] { 'a', ',', (byte) 0xC3, (byte) 0x28 })))
			.containsExactly("0/-: The file is not UTF-8 text. In your spreadsheet, save it as \"CSV UTF-8\".");
		assertThat(errors(imports.check(supervisor, null, ImportKind.PARTICIPANTS, new byte[0])))
			.containsExactly("0/-: The file is empty.");
		// A quoted field may hold commas, quotes and line breaks; a byte-order mark is ignored.
		Imports.Result quoted = imports.apply(supervisor, null, ImportKind.PARTICIPANTS,
				csv("\uFEFF" + HEADER + "Q1,\"Quinn \"\"Q\"\" Demo, Jr.\",2009-01-05,unemployed_looking,SSI;SSDI,\n"));
		assertThat(errors(quoted)).isEmpty();
		assertThat(jdbc.queryForObject("select full_name from participant where program_id = ? and external_id = 'Q1'", String.class,
				program.id())).isEqualTo("Quinn \"Q\" Demo, Jr.");
	}

	@Test
	void oversizedFilesAndTooManyRowsAreRefused() {
		TestData.Program program = data.program();
		StringBuilder big = new StringBuilder(HEADER);
		int i = 0;
		while (big.length() < 2 * 1024 * 1024 + 10) {
			big.append("X").append(i++).append(",Someone Demo,2009-01-05,unemployed_looking,SSI,\r\n");
		}
		assertThat(errors(imports.apply(program.supervisor(), null, ImportKind.PARTICIPANTS, csv(big.toString()))))
			.containsExactly("0/-: The file is too large. Split it into files of at most 2,048 KB.");
		StringBuilder many = new StringBuilder("external_id,participant_external_id,changed_on,benefit,change,reason\r\n");
		for (int r = 0; r <= 20_000; r++) {
			many.append(r).append(",P,2009-01-01,SSI,stopped,other\r\n");
		}
		assertThat(errors(imports.check(program.supervisor(), null, ImportKind.BENEFITS, csv(many.toString()))))
			.containsExactly("20002/-: The file has more than 20,000 rows. Split it into smaller files.");
		assertThat(participantsIn(program)).isZero();
	}

	@Test
	void theWebImportChecksFirstThenImportsWhatWasChecked() throws Exception {
		TestData.Program program = data.program();
		MockHttpSession session = new MockHttpSession();
		MockMultipartFile bad = new MockMultipartFile("file", "people.csv", "text/csv",
				csv(HEADER + "W1,Wes Demo,not a date,unemployed_looking,SSI,\r\n"));
		mvc.perform(multipart("/imports/check").file(bad).param("kind", "participants").session(session)
				.with(user(program.supervisor())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was imported: the file has 1 problem(s).")))
			.andExpect(content().string(containsString("&#39;not a date&#39; is not a date.")));
		mvc.perform(post("/imports/apply").session(session).with(user(program.supervisor())).with(csrf()))
			.andExpect(redirectedUrl("/imports")).andExpect(flash().attribute("flashKey", "import.nothingPending"));

		MockMultipartFile good = new MockMultipartFile("file", "people.csv", "text/csv",
				csv(HEADER + "W1,Wes Demo,2009-02-03,unemployed_looking,SSI,\r\nW2,Vi Demo,2009-02-04,volunteering,,\r\n"));
		mvc.perform(multipart("/imports/check").file(good).param("kind", "participants").session(session)
				.with(user(program.supervisor())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 rows are ready to import.")));
		assertThat(participantsIn(program)).isZero();
		mvc.perform(post("/imports/apply").session(session).with(user(program.supervisor())).with(csrf()))
			.andExpect(redirectedUrl("/imports"));
		assertThat(participantsIn(program)).isEqualTo(2);
		mvc.perform(get("/imports").with(user(program.supervisor()))).andExpect(status().isOk());

		mvc.perform(multipart("/imports/check").file(good).param("kind", "participants").session(session)
				.with(user(program.supervisor())).with(csrf()))
			.andExpect(content().string(containsString("There is nothing new to import.")));
		mvc.perform(multipart("/imports/check").file(good).session(session).with(user(program.supervisor())).with(csrf()))
			.andExpect(content().string(containsString("Choose what the file holds.")));
		mvc.perform(get("/imports").with(user(program.coach()))).andExpect(status().isForbidden());
		mvc.perform(get("/imports/samples/follow-ups.csv").with(user(program.supervisor())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("placement_external_id")));
	}

	@Test
	void theApiImportsForSupervisorAndAdminTokensOnly() throws Exception {
		TestData.Program program = data.program();
		String supervisorToken = tokens.create(program.supervisor(), "spreadsheet sync");
		String body = HEADER + "API1,Ari Demo,2009-02-03,unemployed_looking,SSI,\r\n";

		mvc.perform(post("/api/v1/imports/participants?dryRun=true").header("Authorization", "Bearer " + supervisorToken)
				.contentType("text/csv").content(body))
			.andExpect(status().isOk()).andExpect(jsonPath("$.toAdd").value(1)).andExpect(jsonPath("$.applied").value(false));
		assertThat(participantsIn(program)).isZero();
		mvc.perform(post("/api/v1/imports/participants").header("Authorization", "Bearer " + supervisorToken)
				.contentType("text/csv").content(body))
			.andExpect(status().isOk()).andExpect(jsonPath("$.toAdd").value(1)).andExpect(jsonPath("$.applied").value(true));
		assertThat(participantsIn(program)).isEqualTo(1);
		mvc.perform(post("/api/v1/imports/participants").header("Authorization", "Bearer " + supervisorToken)
				.contentType("text/csv").content(body))
			.andExpect(status().isOk()).andExpect(jsonPath("$.toAdd").value(0)).andExpect(jsonPath("$.alreadyImported").value(1));

		mvc.perform(post("/api/v1/imports/participants").header("Authorization", "Bearer " + supervisorToken)
				.contentType("text/csv").content(HEADER + "API2,,2009-02-03,unemployed_looking,SSI,\r\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("full_name"));
		mvc.perform(post("/api/v1/imports/whatever").header("Authorization", "Bearer " + supervisorToken)
				.contentType("text/csv").content(body))
			.andExpect(status().isNotFound());

		String coachToken = tokens.create(program.coach(), "mine");
		mvc.perform(post("/api/v1/imports/participants").header("Authorization", "Bearer " + coachToken)
				.contentType("text/csv").content(body))
			.andExpect(status().isForbidden());

		var admin = accounts.createAdmin("admin" + TestData.next() + "@example.org", TestData.PASSWORD, "State Office Admin");
		String adminToken = tokens.create(admin, "state office");
		mvc.perform(post("/api/v1/imports/participants").header("Authorization", "Bearer " + adminToken)
				.contentType("text/csv").content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.program").value("Choose the program the records belong to."));
		mvc.perform(post("/api/v1/imports/participants?program=" + program.id()).header("Authorization", "Bearer " + adminToken)
				.contentType("text/csv").content(HEADER + "API3,Abe Demo,2009-02-03,unemployed_looking,SSI," + program.coach().email() + "\r\n"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.toAdd").value(1));
		assertThat(participantsIn(program)).isEqualTo(2);
		mvc.perform(post("/api/v1/imports/participants?program=" + program.id()).header("Authorization", "Bearer " + adminToken)
				.contentType("text/csv").content(HEADER + "API4,Abe Demo,2009-02-03,unemployed_looking,SSI,\r\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].column", hasItem("coach_email")));
	}
}
