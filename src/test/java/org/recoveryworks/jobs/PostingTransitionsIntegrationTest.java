package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every posting action from every status, through the API: the allowed moves change the status, every other
 * one answers 409 and changes nothing (a draft closed or filled became public; publishing reopened a filled one).
 */
class PostingTransitionsIntegrationTest extends IntegrationTest {

	/** Where each action leads from each status; a status missing means the action is refused there. */
	static final Map<String, Map<PostingStatus, PostingStatus>> ALLOWED = Map.of(
			"publish", Map.of(PostingStatus.DRAFT, PostingStatus.PUBLISHED, PostingStatus.CLOSED, PostingStatus.PUBLISHED),
			"close", Map.of(PostingStatus.PUBLISHED, PostingStatus.CLOSED),
			"fill", Map.of(PostingStatus.PUBLISHED, PostingStatus.FILLED, PostingStatus.CLOSED, PostingStatus.FILLED));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onlyTheAllowedMovesChangeAPostingsStatus() throws Exception {
		AccountUser employer = data.employer(true);
		String token = tokens.create(employer, "Transitions");
		List<String> wrong = new ArrayList<>();
		int tried = 0;
		for (String action : List.of("publish", "close", "fill")) {
			for (PostingStatus from : PostingStatus.values()) {
				long id = jobBank.post(employer.organizationId(), data.posting("Transition " + action + " from " + from, List.of()), false).id();
				jdbc.update("update posting set status = ? where id = ?", from.name(), id);
				String path = "/api/v1/employer/postings/" + id + "/" + action;
				int status = mvc.perform(post(path).header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus();
				PostingStatus after = PostingStatus.valueOf(jdbc.queryForObject("select status from posting where id = ?", String.class, id));
				PostingStatus expected = ALLOWED.get(action).get(from);
				tried++;
				if (expected == null && (status != 409 || after != from)) {
					wrong.add(action + " from " + from + ": answered " + status + ", now " + after);
				}
				if (expected != null && (status != 200 || after != expected)) {
					wrong.add(action + " from " + from + ": answered " + status + ", now " + after + " (expected " + expected + ")");
				}
			}
		}
		assertThat(tried).isEqualTo(12);
		assertThat(wrong).isEmpty();
	}

	@Test
	void theEmployersPagesAllowTheSameMovesAndNoOther() throws Exception {
		AccountUser employer = data.employer(true);
		List<String> wrong = new ArrayList<>();
		for (String action : List.of("publish", "close", "fill")) {
			for (PostingStatus from : PostingStatus.values()) {
				long id = jobBank.post(employer.organizationId(), data.posting("Page " + action + " from " + from, List.of()), false).id();
				jdbc.update("update posting set status = ? where id = ?", from.name(), id);
				mvc.perform(post("/employer/postings/" + id + "/" + action).with(org.springframework.security.test.web.servlet.request
					.SecurityMockMvcRequestPostProcessors.user(employer)).with(org.springframework.security.test.web.servlet.request
						.SecurityMockMvcRequestPostProcessors.csrf()));
				PostingStatus after = PostingStatus.valueOf(jdbc.queryForObject("select status from posting where id = ?", String.class, id));
				PostingStatus expected = ALLOWED.get(action).getOrDefault(from, from);
				if (after != expected) {
					wrong.add(action + " from " + from + ": now " + after + " (expected " + expected + ")");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}
}
