package org.recoveryworks.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.PdfChecks;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The program results report gives exactly the figures of the records behind it, in HTML, CSV and PDF. */
@org.junit.jupiter.api.Tag("database")
class ProgramResultsIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Imports imports;

	private static final String PERIOD = "from=" + OutcomesDataset.FROM + "&to=" + OutcomesDataset.TO;

	@Test
	void importedRecordsMatchingCrecsGiveCrecsPublishedResults() throws Exception {
		TestData.Program program = data.program();
		importAll(program, OutcomesDataset.crecs());

		Map<String, Long> html = htmlFigures(program.supervisor());
		assertThat(html).containsEntry("PEOPLE_ASSISTED", 300L).containsEntry("SESSIONS", 1512L)
			.containsEntry("JOBS_BH", 45L).containsEntry("JOBS_BH_FULL_TIME", 14L).containsEntry("JOBS_BH_PART_TIME", 31L)
			.containsEntry("JOBS_OTHER", 36L).containsEntry("JOBS_OTHER_FULL_TIME", 11L).containsEntry("JOBS_OTHER_PART_TIME", 25L)
			.containsEntry("OFF_SSI_SSDI_FOR_WORK", 8L).containsEntry("EMPLOYER_BENEFITS", 6L)
			.containsEntry("FOLLOW_UP_RESPONDENTS", 36L).containsEntry("STILL_EMPLOYED", 25L);
		String page = page(program.supervisor());
		assertThat(page).contains("69% of 36 respondents").contains("Peer Support Specialist").contains("RN Supervisor");

		Map<String, String> csv = csvFigures(program.supervisor());
		assertThat(csv).containsEntry("people_assisted", "300").containsEntry("sessions", "1512")
			.containsEntry("jobs_behavioral_health", "45").containsEntry("jobs_bh_full_time", "14")
			.containsEntry("jobs_bh_part_time", "31").containsEntry("jobs_outside_behavioral_health", "36")
			.containsEntry("jobs_other_full_time", "11").containsEntry("jobs_other_part_time", "25")
			.containsEntry("off_ssi_ssdi_for_work", "8").containsEntry("employer_benefits", "6")
			.containsEntry("follow_up_respondents", "36").containsEntry("still_employed", "25")
			.containsEntry("retention_percent", "69");

		// Each figure links to exactly the people it counts (every person here has at most one job).
		for (String figure : List.of("PEOPLE_ASSISTED", "JOBS_BH_FULL_TIME", "JOBS_BH_PART_TIME", "JOBS_OTHER_FULL_TIME",
				"JOBS_OTHER_PART_TIME", "OFF_SSI_SSDI_FOR_WORK", "EMPLOYER_BENEFITS", "FOLLOW_UP_RESPONDENTS", "STILL_EMPLOYED")) {
			String people = mvc.perform(get("/reports/program-results/people?" + PERIOD + "&figure=" + figure).with(user(program.supervisor())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat((long) people.split("/outcomes\"").length - 1).as(figure).isEqualTo(html.get(figure));
		}

		// The PDF has the page's figures, each after its label, the hours under the field they belong to, and the
		// retention with its percent sign; it is a tagged PDF/UA whose tables have header cells.
		byte[] pdf = pdf(program.supervisor());
		PdfChecks.assertTaggedPdfUa(pdf, "en-US", "Program results", "H1", "H2", "P", "Table", "TR", "TH", "TD");
		PdfChecks.assertInOrder(pdf, "Program results", "Measure", "Number", "People assisted 300", "Coaching sessions held 1,512",
				"Jobs obtained in the behavioral health field 45", "Full time 14", "Part time 31",
				"Jobs obtained outside the behavioral health field 36", "Full time 11", "Part time 25",
				"People no longer receiving SSI or SSDI because of work 8", "People with employer-offered benefits 6",
				"Follow-up respondents 36", "Respondents still employed 25",
				"Still employed among those reached 69% of 36 respondents", "Jobs obtained by field and hours",
				"Behavioral health, full time", "14", "Job titles");
	}

	@Test
	void aDifferentDatasetGivesItsOwnFigures() throws Exception {
		TestData.Program program = data.program();
		importAll(program, new OutcomesDataset(120, 410, 7, 5, 3, 9, 2, 4, 10, 7));

		Map<String, Long> html = htmlFigures(program.supervisor());
		assertThat(html).containsEntry("PEOPLE_ASSISTED", 120L).containsEntry("SESSIONS", 410L)
			.containsEntry("JOBS_BH", 12L).containsEntry("JOBS_BH_FULL_TIME", 7L).containsEntry("JOBS_BH_PART_TIME", 5L)
			.containsEntry("JOBS_OTHER", 12L).containsEntry("JOBS_OTHER_FULL_TIME", 3L).containsEntry("JOBS_OTHER_PART_TIME", 9L)
			.containsEntry("OFF_SSI_SSDI_FOR_WORK", 2L).containsEntry("EMPLOYER_BENEFITS", 4L)
			.containsEntry("FOLLOW_UP_RESPONDENTS", 10L).containsEntry("STILL_EMPLOYED", 7L);
		assertThat(csvFigures(program.supervisor())).containsEntry("retention_percent", "70").containsEntry("sessions", "410");
		assertThat(PdfChecks.text(pdf(program.supervisor()))).contains("People assisted 120").contains("Coaching sessions held 410");
	}

	@Test
	void reimportingTheSameFilesAddsNothingAndTheFiguresStay() throws Exception {
		TestData.Program program = data.program();
		OutcomesDataset dataset = new OutcomesDataset(40, 90, 2, 1, 1, 2, 1, 1, 3, 2);
		importAll(program, dataset);
		Map<String, Long> before = htmlFigures(program.supervisor());

		dataset.files(program.coach().email()).forEach((kind, file) -> {
			Imports.Result again = imports.apply(program.supervisor(), null, kind, file);
			assertThat(again.ok()).as(kind + " " + again.errors()).isTrue();
			assertThat(again.toAdd()).as(kind.name()).isZero();
			assertThat(again.alreadyImported()).as(kind.name()).isEqualTo(again.rows());
		});

		assertThat(htmlFigures(program.supervisor())).isEqualTo(before);
	}

	@Test
	void aCoachSeesOnlyTheirCaseloadAndAnotherProgramSeesNone() throws Exception {
		TestData.Program program = data.program();
		importAll(program, new OutcomesDataset(30, 60, 1, 1, 1, 1, 1, 1, 2, 1));

		assertThat(htmlFigures(program.coach())).containsEntry("PEOPLE_ASSISTED", 31L - 1);
		assertThat(htmlFigures(program.otherCoach())).containsEntry("PEOPLE_ASSISTED", 0L).containsEntry("SESSIONS", 0L);
		TestData.Program other = data.program();
		assertThat(htmlFigures(other.supervisor())).containsEntry("PEOPLE_ASSISTED", 0L);
		// A supervisor cannot look at another program by asking for it.
		String page = mvc.perform(get("/reports/program-results?" + PERIOD + "&program=" + program.id()).with(user(other.supervisor())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(figures(page)).containsEntry("PEOPLE_ASSISTED", 0L);
	}

	private void importAll(TestData.Program program, OutcomesDataset dataset) {
		dataset.files(program.coach().email()).forEach((kind, file) -> {
			Imports.Result result = imports.apply(program.supervisor(), null, kind, file);
			assertThat(result.errors()).as(kind.name()).isEmpty();
			assertThat(result.applied()).isTrue();
		});
	}

	private String page(AccountUser user) throws Exception {
		return mvc.perform(get("/reports/program-results?" + PERIOD).with(user(user)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private Map<String, Long> htmlFigures(AccountUser user) throws Exception {
		return figures(page(user));
	}

	static Map<String, Long> figures(String html) {
		Map<String, Long> figures = new HashMap<>();
		Matcher m = Pattern.compile("<tr id=\"figure-([A-Z_]+)\"(.*?)</tr>", Pattern.DOTALL).matcher(html);
		while (m.find()) {
			String cell = m.group(2).replaceAll("<th.*?</th>", "").replaceAll("<span class=\"usa-sr-only\".*?</span>", "")
				.replaceAll("<[^>]+>", " ");
			Matcher number = Pattern.compile("(\\d[\\d,]*)").matcher(cell);
			if (number.find()) {
				figures.put(m.group(1), Long.valueOf(number.group(1).replace(",", "")));
			}
		}
		return figures;
	}

	private Map<String, String> csvFigures(AccountUser user) throws Exception {
		byte[] body = mvc.perform(get("/reports/program-results.csv?" + PERIOD).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"program-results.csv\""))
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("measure,value\r\n").endsWith("\r\n");
		Map<String, String> figures = new HashMap<>();
		for (String line : text.split("\r\n")) {
			int comma = line.lastIndexOf(',');
			figures.put(line.substring(0, comma), line.substring(comma + 1));
		}
		return figures;
	}

	private byte[] pdf(AccountUser user) throws Exception {
		return mvc.perform(get("/reports/program-results.pdf?" + PERIOD).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
	}
}
