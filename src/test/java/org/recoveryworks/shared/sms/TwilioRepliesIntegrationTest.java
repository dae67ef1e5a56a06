package org.recoveryworks.shared.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.seekers.TextPurpose;
import org.recoveryworks.seekers.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With Twilio configured, a STOP that Twilio posts (signed with the auth token) ends the texts of everyone at that
 * number; an unsigned or wrongly signed post changes nothing; the outbox's own reply is gone.
 */
@TestPropertySource(properties = { "recoveryworks.sms.twilio.account-sid=AC123", "recoveryworks.sms.twilio.auth-token=twilio-test-token",
		"recoveryworks.sms.twilio.from=+18605550100" })
class TwilioRepliesIntegrationTest extends IntegrationTest {

	/** Stands in for api.twilio.com: keeps what is posted to it. */
	static final List<String> POSTED = new CopyOnWriteArrayList<>();

	static HttpServer twilio;

	@DynamicPropertySource
	static void twilioApi(DynamicPropertyRegistry registry) throws Exception {
		twilio = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		twilio.createContext("/", exchange -> {
			POSTED.add(exchange.getRequestURI().getPath() + " " + URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(),
					StandardCharsets.UTF_8), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(201, -1);
			exchange.close();
		});
		twilio.start();
		registry.add("recoveryworks.sms.twilio.api-url", () -> "http://127.0.0.1:" + twilio.getAddress().getPort());
	}

	@AfterAll
	static void stopTwilio() {
		twilio.stop(0);
	}

	@Autowired
	Texts texts;

	@Autowired
	TextSender sender;

	@Test
	void aTextGoesOutThroughTwilioAfterTheChangeIsCommitted() throws Exception {
		AccountUser seeker = data.seeker();
		String phone = "+1959556" + String.format("%04d", TestData.next() % 10000);
		mvc.perform(post("/my/texts").param("phone", phone).param("purposes", "APPLICATION_STATUS").param("agree", "true")
				.with(user(seeker)).with(csrf()));
		texts.send(seeker.id(), TextPurpose.APPLICATION_STATUS, "You have a new message at RecoveryWorks", null);
		long until = System.nanoTime() + 10_000_000_000L;
		while (POSTED.stream().noneMatch(p -> p.contains(phone)) && System.nanoTime() < until) {
			Thread.onSpinWait();
		}
		assertThat(POSTED).anySatisfy(p -> assertThat(p).isEqualTo("/2010-04-01/Accounts/AC123/Messages.json To=" + phone
				+ "&From=+18605550100&Body=You have a new message at RecoveryWorks"));
		assertThat(sender.outboxFor(phone)).isEmpty();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSignedStopEndsTextsAndAnUnsignedOneChangesNothing() throws Exception {
		AccountUser seeker = data.seeker();
		String phone = "+1959555" + String.format("%04d", TestData.next() % 10000);
		mvc.perform(post("/my/texts").param("phone", phone).param("purposes", "JOB_ALERTS").param("agree", "true").with(user(seeker)).with(csrf()));
		Map<String, String> reply = new LinkedHashMap<>();
		reply.put("From", phone);
		reply.put("Body", "STOP");
		reply.put("MessageSid", "SM42");

		mvc.perform(post("/sms/inbound").param("From", phone).param("Body", "STOP").param("MessageSid", "SM42")).andExpect(status().isForbidden());
		mvc.perform(post("/sms/inbound").param("From", phone).param("Body", "STOP").param("MessageSid", "SM42")
				.header("X-Twilio-Signature", InboundTexts.sign("another-token", "http://localhost/sms/inbound", reply)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/texts/reply").param("from", phone).with(user(TestData.admin())).with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select ended_how from text_consent where account_id = ?", String.class, seeker.id())).isNull();

		mvc.perform(post("/sms/inbound").param("From", phone).param("Body", "STOP").param("MessageSid", "SM42")
				.header("X-Twilio-Signature", InboundTexts.sign("twilio-test-token", "http://localhost/sms/inbound", reply)))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select ended_how from text_consent where account_id = ?", String.class, seeker.id())).isEqualTo("STOP_REPLY");
	}
}
