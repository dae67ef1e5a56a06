package org.recoveryworks.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One person in a browser: a session cookie, the form token of the last page, no redirects followed. */
final class WebUser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	record Page(int status, String location, String body) {
	}

	private final HttpClient http;
	private final String baseUrl;
	private String session;
	private String csrf;

	WebUser(HttpClient http, String baseUrl) {
		this.http = http;
		this.baseUrl = baseUrl;
	}

	Page get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
	}

	/** Posts a form with the token of the last page read. */
	Page post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")) + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Signs in with the password; true when the answer is not "wrong e-mail or password". */
	boolean signIn(String email, String password) throws IOException, InterruptedException {
		session = null;
		get("/login");
		Page p = post("/login", Map.of("username", email, "password", password));
		return p.status() == 302 && !p.location().contains("error");
	}

	/** Forgets the session (the server lost it, say). */
	void forget() {
		session = null;
		csrf = null;
	}

	private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
		request.timeout(Duration.ofSeconds(60));
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session);
		}
		HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		r.headers().allValues("Set-Cookie").forEach(c -> {
			Matcher m = SESSION.matcher(c);
			if (m.find()) {
				session = m.group(1);
			}
		});
		Matcher token = CSRF.matcher(r.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(""), r.body());
	}
}
