package org.recoveryworks.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Temporary lock-out after repeated failed sign-ins to one e-mail address: after 5 failures within
 * 15 minutes, sign-in to that address is refused for 15 minutes with the same answer as a wrong
 * password. It counts by the address typed, whether or not an account has it, so it reveals
 * nothing about which accounts exist. A successful sign-in clears the count. Counts are per node.
 */
class SignInThrottle extends OncePerRequestFilter {

	static final int MAX_FAILURES = 5;
	static final Duration WINDOW = Duration.ofMinutes(15);

	private record Failures(int count, long firstAt, long lockedUntil) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();
	private final Clock clock;

	SignInThrottle(Clock clock) {
		this.clock = clock;
	}

	void failed(String email) {
		long now = clock.millis();
		failures.compute(Accounts.normalize(email), (k, f) -> {
			Failures current = f == null || now - f.firstAt() > WINDOW.toMillis() ? new Failures(0, now, 0) : f;
			int count = current.count() + 1;
			return new Failures(count, current.firstAt(), count >= MAX_FAILURES ? now + WINDOW.toMillis() : current.lockedUntil());
		});
		if (failures.size() > 100_000) {
			failures.values().removeIf(f -> now - f.firstAt() > WINDOW.toMillis() && f.lockedUntil() < now);
		}
	}

	void succeeded(String email) {
		failures.remove(Accounts.normalize(email));
	}

	boolean locked(String email) {
		Failures f = failures.get(Accounts.normalize(email));
		return f != null && f.lockedUntil() > clock.millis();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()) && username != null && locked(username)) {
			// The same answer as a wrong password; the attempt is not even checked.
			failed(username);
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		chain.doFilter(request, response);
	}
}
