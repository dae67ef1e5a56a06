package org.recoveryworks.shared.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Twilio's documented HTTP API for one message: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} with
 * {@code To}, {@code Body}, and {@code From} (a number) or {@code MessagingServiceSid} (an id starting "MG"), over HTTP
 * basic authentication with the account id and auth token.
 */
class TwilioApi implements SmsProvider {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final SmsSettings.Twilio twilio;

	TwilioApi(SmsSettings.Twilio twilio) {
		this.twilio = twilio;
	}

	/** Sends the text; an answer other than 2xx is an error (the event registry tries again). */
	@Override
	public void send(String to, String body) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("To", to);
		form.put(twilio.from().startsWith("MG") ? "MessagingServiceSid" : "From", twilio.from());
		form.put("Body", body);
		String encoded = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String credentials = Base64.getEncoder()
			.encodeToString((twilio.accountSid() + ":" + twilio.authToken()).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(twilio.api() + "/2010-04-01/Accounts/" + twilio.accountSid() + "/Messages.json"))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encoded))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 != 2) {
				throw new IllegalStateException("Twilio refused a text (HTTP " + response.statusCode() + "): " + response.body());
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Twilio could not be reached", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending a text", e);
		}
	}
}
