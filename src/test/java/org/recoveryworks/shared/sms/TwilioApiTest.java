package org.recoveryworks.shared.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A text sent through Twilio's HTTP API, to a local server standing in for api.twilio.com. */
class TwilioApiTest {

	HttpServer server;

	final List<String> requests = new ArrayList<>();

	final AtomicInteger status = new AtomicInteger(201);

	@BeforeEach
	void start() throws Exception {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + "\n"
					+ exchange.getRequestHeaders().getFirst("Authorization") + "\n" + URLDecoder.decode(body, StandardCharsets.UTF_8));
			byte[] answer = "{\"sid\":\"SM1\"}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status.get(), answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void aTextIsPostedToTheAccountsMessagesWithBasicAuthentication() {
		String api = "http://127.0.0.1:" + server.getAddress().getPort();
		new TwilioApi(new SmsSettings.Twilio("AC123", "secret", "+18605550100", api)).send("+18605550177", "News & more at RecoveryWorks");
		assertThat(requests).containsExactly("POST /2010-04-01/Accounts/AC123/Messages.json\nBasic QUMxMjM6c2VjcmV0\n"
				+ "To=+18605550177&From=+18605550100&Body=News & more at RecoveryWorks");

		new TwilioApi(new SmsSettings.Twilio("AC123", "secret", "MG42", api)).send("+18605550177", "Hi");
		assertThat(requests.get(1)).contains("MessagingServiceSid=MG42").doesNotContain("From=");
	}

	@Test
	void aRefusalIsAnErrorSoTheTextIsTriedAgain() {
		status.set(400);
		String api = "http://127.0.0.1:" + server.getAddress().getPort();
		assertThatThrownBy(() -> new TwilioApi(new SmsSettings.Twilio("AC123", "secret", "+18605550100", api)).send("+1", "Hi"))
			.hasMessageContaining("HTTP 400");
	}
}
