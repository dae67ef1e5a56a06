package org.recoveryworks.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.recoveryworks.shared.limits.Buckets;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UrlPathHelper;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Limits how often one address may sign in, register, reset a password, apply and search, per
 * minute. Over the limit: 429 with Retry-After (a page, or problem details under /api). Runs
 * before security, so refused sign-ins never reach the password check. Each limit is a token bucket ({@link Buckets}):
 * the full allowance, given again a minute after the first try; in the cluster profile the buckets are in the
 * database, so the limits hold across nodes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

	private record Rule(String name, String method, List<String> patterns, int perMinute) {
	}

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final List<Rule> rules;
	private final List<String> exempt;
	private final Buckets buckets;
	private final MessageSource messages;
	private final LocaleResolver languages;

	RateLimitFilter(RateLimitSettings settings, Buckets buckets, MessageSource messages,
			@Lazy LocaleResolver languages) {
		this.buckets = buckets;
		this.messages = messages;
		this.languages = languages;
		this.exempt = settings.exemptAddresses() == null ? List.of() : settings.exemptAddresses();
		this.rules = List.of(
				new Rule("sign-in", "POST", List.of("/login"), settings.signInPerMinute()),
				new Rule("account", "POST", List.of("/register/*", "/password/forgot", "/password/reset"), settings.accountPerMinute()),
				new Rule("apply", "POST", List.of("/jobs/*/apply"), settings.applyPerMinute()),
				new Rule("search", "GET", List.of("/jobs", "/api/v1/jobs"), settings.searchPerMinute()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = client(request.getRemoteAddr());
		// The decoded path, as the handlers and security rules match it (so /%6Cogin is /login here too).
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		Rule rule = exempt.contains(request.getRemoteAddr()) ? null : rules.stream()
			.filter(r -> r.method().equals(request.getMethod()) && r.patterns().stream().anyMatch(p -> PATHS.match(p, path)))
			.findFirst().orElse(null);
		if (rule != null) {
			ConsumptionProbe probe = buckets.bucket("rate:" + rule.name() + ":" + address, () -> BucketConfiguration.builder()
				.addLimit(limit -> limit.capacity(rule.perMinute()).refillIntervally(rule.perMinute(), Duration.ofMinutes(1))).build())
				.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				refuse(request, response, Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** An IPv6 client is counted by its /64 network (one subscriber's block), an IPv4 client by its address. */
	static String client(String address) {
		if (address == null || !address.contains(":")) {
			return address;
		}
		try {
			byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
			return bytes.length == 16 ? java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
		}
		catch (java.net.UnknownHostException e) {
			return address;
		}
	}

	/**
	 * 429 with Retry-After, in the visitor's language: problem details under /api, else a small
	 * page of its own (this runs before the application's pages, which it protects).
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfter) throws IOException {
		Locale language = languages.resolveLocale(request);
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(retryAfter));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemResponses.write(response, 429, text("error.429.api.title", language),
					text("error.429.api.detail", language, String.valueOf(retryAfter)));
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		String title = escape(text("error.429.title", language));
		response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
				+ "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/uswds/css/uswds.min.css\"></head>"
				+ "<body><main class=\"grid-container padding-y-4\"><h1>" + title + "</h1>"
				+ "<p class=\"usa-intro\">" + escape(text("error.429.text", language, String.valueOf(retryAfter))) + "</p><p><a class=\"usa-link\" href=\""
				+ request.getContextPath() + "/\">" + escape(text("error.429.home", language)) + "</a></p></main></body></html>");
	}

	private String text(String key, Locale language, Object... arguments) {
		return messages.getMessage(key, arguments.length == 0 ? null : arguments, language);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}
}
