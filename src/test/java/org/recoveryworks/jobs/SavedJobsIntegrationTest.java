package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.TestClock;
import org.recoveryworks.shared.sms.TextSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Saved jobs and searches, job alerts and their unsubscribe link, and a search as an Atom feed.
 */
@org.junit.jupiter.api.Tag("database")
class SavedJobsIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Autowired
	JobAlerts alerts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TextSender sender;

	private Long publish(AccountUser employer, String title) {
		LocalDate today = LocalDate.now(clock);
		return jobBank.post(employer.organizationId(), TestData.posting(title, today, today.plusDays(30), List.of()), true).id();
	}

	private List<Map<String, Object>> mailTo(AccountUser who) {
		return jdbc.queryForList("select subject, body, list_unsubscribe from mail_message where recipient = ? and subject like '%new job%' order by id",
				who.email());
	}

	@Test
	void aSeekerSavesAJobOnceAndSeesItClosedLater() throws Exception {
		AccountUser seeker = data.seeker();
		AccountUser employer = data.employer(true);
		Long posting = publish(employer, "Saved Peer Mentor");
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/jobs/{id}/save", posting).param("save", "true").with(user(seeker)).with(csrf()))
				.andExpect(redirectedUrl("/jobs/" + posting));
		}
		assertThat(jdbc.queryForObject("select count(*) from saved_posting where account_id = ?", Long.class, seeker.id())).isOne();
		mvc.perform(get("/jobs/{id}", posting).with(user(seeker))).andExpect(content().string(containsString("Remove from saved jobs")));
		mvc.perform(get("/my/saved").with(user(seeker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Saved Peer Mentor")))
			.andExpect(content().string(containsString("Apply by")));

		mvc.perform(post("/employer/postings/{id}/close", posting).with(user(employer)).with(csrf()));
		Document page = Jsoup.parse(mvc.perform(get("/my/saved").with(user(seeker))).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#saved-jobs li").text()).contains("Saved Peer Mentor", "Closed");

		mvc.perform(post("/jobs/{id}/save", posting).param("save", "false").with(user(seeker)).with(csrf()));
		mvc.perform(get("/my/saved").with(user(seeker))).andExpect(content().string(containsString("You have not saved any jobs yet.")));
	}

	@Test
	void aSavedSearchIsTheirsAloneAndSavedOnce() throws Exception {
		AccountUser seeker = data.seeker();
		AccountUser other = data.seeker();
		// The search page offers to save the search it shows, with its words and filters.
		Document search = Jsoup.parse(mvc.perform(get("/jobs").param("q", "peer mentor").param("type", "FULL_TIME").with(user(seeker)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(search.select("form[action=/my/searches] input[type=hidden][name=q]").val()).isEqualTo("peer mentor");
		assertThat(search.select("form[action=/my/searches] input[type=hidden][name=type]").val()).isEqualTo("FULL_TIME");
		assertThat(search.select("form[action=/my/searches] select[name=alert] option[selected]").val()).isEqualTo("DAILY");
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/my/searches").param("q", "peer mentor").param("zip", "06320").param("type", "FULL_TIME").param("alert", "WEEKLY")
					.with(user(seeker)).with(csrf()))
				.andExpect(redirectedUrl("/my/saved"));
		}
		Long id = jdbc.queryForObject("select id from saved_search where account_id = ?", Long.class, seeker.id());
		Document page = Jsoup.parse(mvc.perform(get("/my/saved").with(user(seeker))).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#saved-searches a").attr("href")).contains("q=peer%20mentor", "zip=06320", "type=FULL_TIME");
		assertThat(page.select("#alert-" + id + " option[selected]").text()).isEqualTo("Once a week");

		mvc.perform(post("/my/searches/{id}/alert", id).param("alert", "NONE").with(user(other)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/my/searches/{id}/remove", id).with(user(other)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/my/searches/{id}/alert", id).param("alert", "DAILY").with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/saved"));
		assertThat(jdbc.queryForObject("select alert from saved_search where id = ?", String.class, id)).isEqualTo("DAILY");
		mvc.perform(post("/my/searches").param("radius", "900").with(user(seeker)).with(csrf())).andExpect(redirectedUrl("/jobs"));
		// A place the search does not know is refused as the search page refuses it.
		mvc.perform(post("/my/searches").param("zip", "Nowhereville Zzq").with(user(seeker)).with(csrf())).andExpect(redirectedUrl("/jobs"));
		assertThat(jdbc.queryForObject("select count(*) from saved_search where account_id = ?", Long.class, seeker.id())).isOne();
		// A "+" in the words stays a "+" in the saved search.
		mvc.perform(post("/my/searches").param("q", "C++ line cook").with(user(other)).with(csrf()));
		assertThat(jdbc.queryForObject("select query from saved_search where account_id = ?", String.class, other.id())).contains("q=C%2B%2B%20line%20cook");
		assertThat(jdbc.queryForObject("select count(*) from saved_search where account_id = ?", Long.class, seeker.id())).isOne();
	}

	@Test
	void aDailyAlertSendsEachNewJobOnceAndItsLinkStopsItWithoutASignIn() throws Exception {
		AccountUser seeker = data.seeker();
		AccountUser employer = data.employer(true);
		String word = "Lighthouse" + Integer.toString(TestData.next(), 36);
		mvc.perform(post("/my/searches").param("q", word).param("alert", "DAILY").with(user(seeker)).with(csrf()));
		Long search = jdbc.queryForObject("select id from saved_search where account_id = ?", Long.class, seeker.id());

		publish(employer, word + " Recovery Coach");
		// Two nodes' schedulers at the same moment, then the job run again: one alert.
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = pool.invokeAll(List.<Callable<Integer>>of(alerts::sendDue, alerts::sendDue));
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		alerts.sendDue();
		List<Map<String, Object>> mails = mailTo(seeker);
		assertThat(mails).hasSize(1);
		assertThat((String) mails.get(0).get("subject")).isEqualTo("1 new job for \"" + word + "\"");
		assertThat((String) mails.get(0).get("body")).contains(word + " Recovery Coach", "/jobs/");

		// The next day: nothing new, nothing sent; a new job the day after is sent alone.
		TestClock.advance(clock, Duration.ofDays(1));
		alerts.sendDue();
		assertThat(mailTo(seeker)).hasSize(1);
		publish(employer, word + " Peer Navigator");
		TestClock.advance(clock, Duration.ofDays(1));
		alerts.sendDue();
		mails = mailTo(seeker);
		assertThat(mails).hasSize(2);
		assertThat((String) mails.get(1).get("body")).contains(word + " Peer Navigator").doesNotContain(word + " Recovery Coach");

		// The unsubscribe link: the address in the RFC 8058 header, with no sign-in.
		String unsubscribe = (String) mails.get(1).get("list_unsubscribe");
		assertThat((String) mails.get(1).get("body")).contains(unsubscribe);
		String token = unsubscribe.substring(unsubscribe.indexOf("token=") + 6);
		mvc.perform(get("/alerts/unsubscribe").param("token", token)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Stop the e-mails with new jobs for")));
		assertThat(jdbc.queryForObject("select alert from saved_search where id = ?", String.class, search)).isEqualTo("DAILY");
		// A forged link, or one signed for another search, stops nothing.
		mvc.perform(post("/alerts/unsubscribe").param("token", (search + 1) + token.substring(token.indexOf('.')))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/alerts/unsubscribe").param("token", search + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.queryForObject("select alert from saved_search where id = ?", String.class, search)).isEqualTo("DAILY");
		// The mail program's one-click post.
		mvc.perform(post("/alerts/unsubscribe").param("token", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("You will not get more e-mails")));
		assertThat(jdbc.queryForObject("select alert from saved_search where id = ?", String.class, search)).isEqualTo("NONE");
		publish(employer, word + " Outreach Worker");
		TestClock.advance(clock, Duration.ofDays(1));
		alerts.sendDue();
		assertThat(mailTo(seeker)).hasSize(2);
	}

	@Test
	void anySearchIsAnAtomFeed() throws Exception {
		AccountUser employer = data.employer(true);
		String word = "Harborview" + Integer.toString(TestData.next(), 36);
		publish(employer, word + " Peer Specialist");
		String xml = mvc.perform(get("/jobs/feed.atom").param("q", word)).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml")).andReturn().getResponse().getContentAsString();
		Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
		assertThat(feed.select("feed > entry > title").eachText()).containsExactly(word + " Peer Specialist");
		assertThat(feed.select("feed > entry > link[rel=alternate]").attr("href")).matches(".*/jobs/[0-9]+");
		assertThat(feed.select("feed > link[rel=alternate]").attr("href")).contains("/jobs?q=" + word);
		mvc.perform(get("/jobs/feed.atom").param("radius", "900")).andExpect(status().isBadRequest());
	}

	@Test
	void savedJobsAndSearchesAreInTheDataDownloadAndErasedWithTheAccount() throws Exception {
		AccountUser seeker = data.seeker();
		Long posting = publish(data.employer(true), "Kept Recovery Navigator");
		mvc.perform(post("/jobs/{id}/save", posting).param("save", "true").with(user(seeker)).with(csrf()));
		mvc.perform(post("/my/searches").param("q", "navigator").param("alert", "WEEKLY").with(user(seeker)).with(csrf()));
		String json = mvc.perform(get("/my/data.json").with(user(seeker))).andReturn().getResponse().getContentAsString();
		assertThat(json).contains("\"Jobs I saved\"", "Kept Recovery Navigator", "\"Searches I saved\"", "navigator", "Once a week");

		mvc.perform(post("/my/account/close").param("password", TestData.PASSWORD).param("confirm", "true").with(user(seeker)).with(csrf()));
		assertThat(jdbc.queryForObject("select count(*) from saved_posting where account_id = ?", Long.class, seeker.id())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from saved_search where account_id = ?", Long.class, seeker.id())).isZero();
	}

	@Test
	void aSeekerWhoChoseTextsForAlertsGetsATextInsteadOfTheMail() throws Exception {
		AccountUser seeker = data.seeker();
		String phone = "+1203555" + String.format("%04d", TestData.next() % 10000);
		mvc.perform(post("/my/texts").param("phone", phone).param("purposes", "JOB_ALERTS").param("alsoEmail", "false").param("agree", "true")
				.with(user(seeker)).with(csrf()));
		String word = "Beacon" + Integer.toString(TestData.next(), 36);
		mvc.perform(post("/my/searches").param("q", word).param("alert", "DAILY").with(user(seeker)).with(csrf()));
		publish(data.employer(true), word + " Peer Mentor");
		alerts.sendDue();
		assertThat(sender.outboxFor(phone)).singleElement().asString().startsWith("New jobs match your saved search at RecoveryWorks: ")
			.doesNotContain(word);
		assertThat(mailTo(seeker)).isEmpty();
	}

	@Test
	void aSavedSearchThatNoLongerRunsHoldsBackNoOneElsesAlert() throws Exception {
		AccountUser broken = data.seeker();
		AccountUser seeker = data.seeker();
		// A search kept before its place was known no more (the search refuses it now).
		jdbc.update("insert into saved_search (account_id, name, query, alert, created_at) values (?, 'Old place', ?, 'DAILY', current_timestamp)",
				broken.id(), "?zip=Nowhereville%20Zzq&page=1");
		String word = "Harbor" + Integer.toString(TestData.next(), 36);
		mvc.perform(post("/my/searches").param("q", word).param("alert", "DAILY").with(user(seeker)).with(csrf()));
		publish(data.employer(true), word + " Peer Specialist");
		alerts.sendDue();
		assertThat(mailTo(seeker)).hasSize(1);
		assertThat(mailTo(broken)).isEmpty();
	}
}
