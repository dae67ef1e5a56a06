package org.recoveryworks.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Security headers on every page, and the per-address limits on sign-in, accounts and search. */
class HardeningIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * Limits count per clock minute: start a counting test early in a minute, so the count cannot reset half-way (the
	 * application's clock is moved on to the next minute, not waited for).
	 */
	private void startOfAMinute() {
		long intoMinute = clock.millis() % 60_000;
		if (intoMinute > 45_000) {
			TestClock.advance(clock, java.time.Duration.ofMillis(60_000 - intoMinute + 50));
		}
	}

	@Test
	void pagesForbidInlineScriptsAndFramingAndRememberHttps() throws Exception {
		String csp = mvc.perform(get("/jobs")).andExpect(status().isOk())
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self';").contains("object-src 'none'").contains("frame-ancestors 'none'")
			.contains("form-action 'self'");
		assertThat(csp.substring(csp.indexOf("script-src"))).doesNotStartWith("script-src 'self' 'unsafe-inline'");
		mvc.perform(get("/jobs").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
	}

	/** Through the real server (MockMvc skips Tomcat, which compresses): pages and JSON are gzipped on request. */
	@Test
	void pagesAndJsonAreCompressedForClientsThatAcceptIt() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		for (String path : new String[] { "/jobs", "/api/v1/jobs?q=recovery" }) {
			java.net.http.HttpResponse<byte[]> gzipped = client.send(java.net.http.HttpRequest.newBuilder(
					java.net.URI.create("http://localhost:" + port + path)).header("Accept-Encoding", "gzip").build(),
					java.net.http.HttpResponse.BodyHandlers.ofByteArray());
			assertThat(gzipped.statusCode()).isEqualTo(200);
			assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
			String body = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body())).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertThat(body).as(path).containsIgnoringCase("recovery");
			java.net.http.HttpResponse<String> plain = client.send(java.net.http.HttpRequest.newBuilder(
					java.net.URI.create("http://localhost:" + port + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
			assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length() / 2);
		}
	}

	@Test
	void signInAttemptsFromOneAddressAreLimitedWithRetryAfter() throws Exception {
		String address = "10.77." + (TestData.next() % 250) + ".9";
		startOfAMinute();
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/login").param("username", "nobody@example.org").param("password", "wrong password")
					.with(csrf()).with(from(address)))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/login").param("username", "nobody@example.org").param("password", "wrong password")
				.with(csrf()).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().string(containsString("Too many tries")));
		// In the visitor's language, like every page.
		mvc.perform(post("/login").param("username", "nobody@example.org").param("password", "wrong password")
				.with(csrf()).with(from(address)).header("Accept-Language", "es-US,es"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("<html lang=\"es\">")))
			.andExpect(content().string(containsString("Demasiados intentos")));
		// The same address written with an escaped letter is the same address.
		mvc.perform(post(java.net.URI.create("/%6Cogin")).param("username", "nobody@example.org").param("password", "wrong password")
				.with(csrf()).with(from(address)))
			.andExpect(status().isTooManyRequests());
		// Another address is not affected, and neither are other pages from the same one.
		mvc.perform(post("/login").param("username", "nobody@example.org").param("password", "wrong password")
				.with(csrf()).with(from("10.78.0.1")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/programs").with(from(address))).andExpect(status().isOk());
	}

	@Test
	void registrationsAndApiSearchesAreLimitedToo() throws Exception {
		String address = "10.79." + (TestData.next() % 250) + ".9";
		startOfAMinute();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/password/forgot").param("email", "nobody@example.org").with(csrf()).with(from(address)))
				.andExpect(status().is(not(429)));
		}
		mvc.perform(post("/register/seeker").param("email", "x@example.org").with(csrf()).with(from(address)))
			.andExpect(status().isTooManyRequests());
		// Guessing registration links counts too.
		mvc.perform(post("/register/confirm").param("token", "guess").with(csrf()).with(from(address)))
			.andExpect(status().isTooManyRequests());
		String searcher = "10.80." + (TestData.next() % 250) + ".9";
		for (int i = 0; i < 120; i++) {
			mvc.perform(get("/api/v1/jobs").param("size", "1").with(from(searcher))).andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/jobs").param("size", "1").with(from(searcher)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(content().string(containsString("\"status\":429")));
	}
}
