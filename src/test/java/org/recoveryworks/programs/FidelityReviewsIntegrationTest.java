package org.recoveryworks.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.PdfChecks;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** IPS fidelity reviews through the pages: drafts, completion, bands, due dates, PDF, history, access. */
@org.junit.jupiter.api.Tag("database")
class FidelityReviewsIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgramDirectory directory;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	private Long ipsProgram(TestData.Program program, String name) {
		return directory.register(new ProgramDirectory.NewListing(name, "IPS_SUPPORTED_EMPLOYMENT", List.of("JOB_SEARCH"),
				List.of("English"), null, null, null, null, null, null, "New London", "06320", LocalDate.now(clock), program.id()));
	}

	private List<Long> itemIds() {
		return jdbc.queryForList("select i.id from fidelity_item i join fidelity_scale s on s.id = i.scale_id"
				+ " where s.id = (select max(id) from fidelity_scale) order by i.position", Long.class);
	}

	/** A review with every item scored {@code score} (item {@code skip} left unscored), then the given fields changed. */
	private MockHttpServletRequestBuilder review(String url, LocalDate on, int score, Integer skip, AccountUser who, String... changes) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("reviewedOn", on.toString());
		params.put("reviewers", "Dana Reviewer, Sam Lead");
		params.put("strengths", "Strong employer relationships.");
		params.put("recommendations", "Meet VR counselors monthly.");
		params.put("actions[0].action", "Schedule monthly VR meetings");
		params.put("actions[0].owner", "Team leader");
		params.put("actions[0].dueOn", on.plusMonths(2).toString());
		List<Long> ids = itemIds();
		for (int i = 0; i < ids.size(); i++) {
			params.put("items[" + i + "].itemId", ids.get(i).toString());
			params.put("items[" + i + "].score", skip != null && skip == i ? "" : String.valueOf(score));
			params.put("items[" + i + "].evidence", "Seen in records " + (i + 1));
		}
		for (int i = 0; i < changes.length; i += 2) {
			params.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder post = post(url).with(user(who)).with(csrf());
		params.forEach(post::param);
		return post;
	}

	@Test
	void theShippedScaleIsLoadedOnceWithItsItemsAndBands() {
		assertThat(jdbc.queryForObject("select count(*) from fidelity_scale where code = 'IPS-25'", Integer.class)).isEqualTo(1);
		assertThat(itemIds()).hasSize(25);
		assertThat(jdbc.queryForObject("select count(*) from fidelity_band b join fidelity_scale s on s.id = b.scale_id"
				+ " where s.code = 'IPS-25'", Integer.class)).isEqualTo(4);
	}

	@Test
	void aReviewerSavesADraftCompletesItAndGetsTheTotalTheBandThePdfAndTheHistory() throws Exception {
		TestData.Program program = data.program();
		String programName = "Fidelity Test IPS " + TestData.next();
		Long id = ipsProgram(program, programName);
		String base = "/programs/manage/fidelity/" + id;

		mvc.perform(get("/programs/manage/fidelity").with(user(program.supervisor())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Start a review")));
		mvc.perform(get(base + "/new").with(user(program.supervisor())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Caseload size")))
			.andExpect(content().string(containsString("value=\"" + LocalDate.now(clock) + "\"")))
			.andExpect(content().string(containsString("Assertive engagement and outreach by integrated team")));

		// Completing with an item unscored is refused, next to that item; nothing is saved.
		mvc.perform(review(base, LocalDate.now(clock), 4, 2, program.supervisor()).param("complete", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Score item 3 to complete the review, or save a draft.")));
		assertThat(jdbc.queryForObject("select count(*) from fidelity_review where program_id = ?", Integer.class, id)).isZero();

		// The same as a draft is kept.
		mvc.perform(review(base, LocalDate.now(clock), 4, 2, program.supervisor()).param("draft", "1"))
			.andExpect(redirectedUrlPattern("/programs/manage/fidelity/reviews/*/edit"))
			.andExpect(flash().attribute("flashKey", "fidelity.draft.flash"));
		Long reviewId = jdbc.queryForObject("select id from fidelity_review where program_id = ?", Long.class, id);
		mvc.perform(get("/programs/manage/fidelity/reviews/{r}", reviewId).with(user(program.supervisor())))
			.andExpect(content().string(containsString("This review is a draft: 96 of 125 points so far.")));
		mvc.perform(get("/programs/manage/fidelity").with(user(program.supervisor())))
			.andExpect(content().string(containsString("Continue the draft")));
		// One draft per program: "start a review" leads to it, and a second one is refused.
		mvc.perform(get(base + "/new").with(user(program.supervisor())))
			.andExpect(redirectedUrlPattern("/programs/manage/fidelity/reviews/*/edit"));
		mvc.perform(review(base, LocalDate.now(clock), 4, 2, program.supervisor()).param("draft", "1"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("This program has a draft review")));

		// Completed with every item at 4: 100 points, good fidelity; then it no longer changes.
		long version = jdbc.queryForObject("select version from fidelity_review where id = ?", Long.class, reviewId);
		mvc.perform(review("/programs/manage/fidelity/reviews/" + reviewId, LocalDate.now(clock), 4, null, program.supervisor())
				.param("version", String.valueOf(version)).param("complete", "1"))
			.andExpect(redirectedUrlPattern("/programs/manage/fidelity/reviews/*"))
			.andExpect(flash().attribute("flashKey", "fidelity.completed.flash"));
		mvc.perform(get("/programs/manage/fidelity/reviews/{r}", reviewId).with(user(program.supervisor())))
			.andExpect(content().string(containsString("Total: 100 of 125 points")))
			.andExpect(content().string(containsString("Good fidelity")))
			.andExpect(content().string(containsString("Schedule monthly VR meetings")));
		mvc.perform(get("/programs/manage/fidelity/reviews/{r}/edit", reviewId).with(user(program.supervisor())))
			.andExpect(redirectedUrlPattern("/programs/manage/fidelity/reviews/*"))
			.andExpect(flash().attribute("errorKey", "fidelity.completed"));

		byte[] pdf = mvc.perform(get("/programs/manage/fidelity/reviews/{r}/pdf", reviewId).with(user(program.supervisor())))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		// A tagged PDF/UA with the page's figures in the page's order: the total, each item with its score, the plan.
		PdfChecks.assertTaggedPdfUa(pdf, "en-US", "IPS fidelity review: " + programName,
				"H1", "H2", "P", "Table", "TH", "TD");
		PdfChecks.assertInOrder(pdf, "Fidelity Test IPS", "Dana Reviewer", "Total: 100 of 125 points. Good fidelity.", "Item", "Score",
				"1. Caseload size", "4", "Action plan", "Schedule monthly VR meetings");

		// The same completed review sent again (same day) is refused; a later one at 5 everywhere is exemplary.
		mvc.perform(review(base, LocalDate.now(clock), 5, null, program.supervisor()).param("complete", "1"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("A review of this program on this date is already complete.")));
		jdbc.update("update fidelity_review set reviewed_on = ? where id = ?", LocalDate.now(clock).minusMonths(6), reviewId);
		mvc.perform(review(base, LocalDate.now(clock), 5, null, program.supervisor()).param("complete", "1"))
			.andExpect(redirectedUrlPattern("/programs/manage/fidelity/reviews/*"));
		String history = mvc.perform(get(base + "/history").with(user(program.supervisor())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(history).contains("Exemplary fidelity").contains("Good fidelity").contains("id=\"items-chart\"")
			.contains("id=\"totals-chart\"");
		String table = history.substring(history.indexOf("id=\"fidelity-history\""));
		assertThat(table.indexOf(">100<")).isPositive().isLessThan(table.indexOf(">125<"));
	}

	@Test
	void reviewsAreDueSixMonthsAfterTheLastAndOverdueOnesShow() throws Exception {
		TestData.Program program = data.program();
		Long id = ipsProgram(program, "Overdue IPS " + TestData.next());
		mvc.perform(review("/programs/manage/fidelity/" + id, LocalDate.now(clock).minusMonths(7), 3, null, program.supervisor())
				.param("complete", "1"))
			.andExpect(redirectedUrlPattern("/programs/manage/fidelity/reviews/*"));
		List<FidelityReviews.DueView> due = dueFor(program, id);
		assertThat(due.get(0).nextDue()).isEqualTo(LocalDate.now(clock).minusMonths(7).plusMonths(6));
		assertThat(due.get(0).overdue()).isTrue();
		assertThat(due.get(0).lastBand()).isEqualTo("Fair fidelity");
		mvc.perform(get("/programs/manage/fidelity").with(user(program.supervisor())))
			.andExpect(content().string(containsString("Overdue")));

		mvc.perform(review("/programs/manage/fidelity/" + id, LocalDate.now(clock).minusMonths(1), 2, null, program.supervisor())
				.param("complete", "1"))
			.andExpect(redirectedUrlPattern("/programs/manage/fidelity/reviews/*"));
		due = dueFor(program, id);
		assertThat(due.get(0).overdue()).isFalse();
		assertThat(due.get(0).lastTotal()).isEqualTo(50);
		assertThat(due.get(0).lastBand()).isEqualTo("Not supported employment (IPS)");
	}

	@Autowired
	FidelityReviews reviews;

	@Test
	void tenCompleteReviewsSentAtOnceMakeOneReviewThatDay() throws Exception {
		TestData.Program program = data.program();
		Long id = ipsProgram(program, "Parallel IPS " + TestData.next());
		String base = "/programs/manage/fidelity/" + id;
		List<Integer> answers = TestData.tenAtOnce(() -> mvc.perform(review(base, LocalDate.now(clock), 4, null, program.supervisor())
			.param("complete", "1")).andReturn().getResponse().getStatus());
		assertThat(answers).allMatch(status -> status < 500);
		assertThat(jdbc.queryForObject("select count(*) from fidelity_review where program_id = ?", Long.class, id)).isEqualTo(1);
	}

	private List<FidelityReviews.DueView> dueFor(TestData.Program program, Long programId) {
		return reviews.due(program.supervisor()).stream().filter(d -> d.programId().equals(programId)).toList();
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		TestData.Program program = data.program();
		Long id = ipsProgram(program, "Bad Input IPS " + TestData.next());
		String base = "/programs/manage/fidelity/" + id;
		mvc.perform(review(base, LocalDate.now(clock).plusDays(3), 4, null, program.supervisor(), "reviewers", " ", "items[0].score", "7",
				"items[1].score", "abc", "actions[1].action", "Half a step", "actions[2].dueOn", "31/12/2026").param("complete", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The review date cannot be in the future.")))
			.andExpect(content().string(containsString("Enter who did the review.")))
			.andExpect(content().string(containsString("Choose a score from 1 to 5.")))
			.andExpect(content().string(containsString("Please enter a whole number.")))
			.andExpect(content().string(containsString("Say who will do it.")))
			.andExpect(content().string(containsString("Please enter a date as YYYY-MM-DD.")));
		mvc.perform(review(base, LocalDate.of(1850, 1, 1), 4, null, program.supervisor()).param("complete", "1"))
			.andExpect(status().isOk());
		mvc.perform(review(base, LocalDate.now(clock), 4, null, program.supervisor(), "actions[0].dueOn", "0001-01-01").param("complete", "1"))
			.andExpect(status().isOk());
		mvc.perform(review(base, LocalDate.now(clock), 4, null, program.supervisor(), "items[abc].score", "4").param("complete", "1"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select count(*) from fidelity_review where program_id = ?", Integer.class, id)).isZero();
	}

	@Test
	void onlyTheProgramsKeepersSeeItsReviewsAndOnlyIpsProgramsHaveThem() throws Exception {
		TestData.Program program = data.program();
		Long id = ipsProgram(program, "Private IPS " + TestData.next());
		mvc.perform(review("/programs/manage/fidelity/" + id, LocalDate.now(clock), 4, null, program.supervisor()).param("complete", "1"))
			.andExpect(redirectedUrlPattern("/programs/manage/fidelity/reviews/*"));
		Long reviewId = jdbc.queryForObject("select id from fidelity_review where program_id = ?", Long.class, id);

		AccountUser otherSupervisor = data.program().supervisor();
		mvc.perform(get("/programs/manage/fidelity/reviews/{r}", reviewId).with(user(otherSupervisor))).andExpect(status().isNotFound());
		mvc.perform(get("/programs/manage/fidelity/reviews/{r}/pdf", reviewId).with(user(otherSupervisor))).andExpect(status().isNotFound());
		mvc.perform(get("/programs/manage/fidelity/{p}/history", id).with(user(otherSupervisor))).andExpect(status().isNotFound());
		mvc.perform(review("/programs/manage/fidelity/" + id, LocalDate.now(clock), 4, null, otherSupervisor).param("complete", "1"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/programs/manage/fidelity").with(user(otherSupervisor)))
			.andExpect(content().string(not(containsString("Private IPS"))));
		for (AccountUser outsider : List.of(program.coach(), data.seeker(), data.employer(true))) {
			mvc.perform(get("/programs/manage/fidelity/reviews/{r}", reviewId).with(user(outsider))).andExpect(status().isForbidden());
		}
		AccountUser admin = TestData.admin();
		mvc.perform(get("/programs/manage/fidelity/reviews/{r}", reviewId).with(user(admin))).andExpect(status().isOk());

		Long peer = directory.register(new ProgramDirectory.NewListing("Peer Place " + TestData.next(), "PEER_RUN_ORGANIZATION",
				List.of("PEER_SUPPORT"), List.of("English"), null, null, null, null, null, null, "New London", "06320", LocalDate.now(clock),
				program.id()));
		mvc.perform(get("/programs/manage/fidelity/{p}/new", peer).with(user(program.supervisor()))).andExpect(status().isNotFound());
	}
}
