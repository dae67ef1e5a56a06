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

	/** No e-mail address is longer; longer input is refused before it is counted or kept. */
	static final int MAX_EMAIL = 254;

	void failed(String email) {
		if (email == null || email.length() > MAX_EMAIL) {
			return;
		}
		long now = clock.millis();
		failures.compute(Accounts.normalize(email), (k, f) -> {
			boolean expired = f == null || (now - f.firstAt() > WINDOW.toMillis() && f.lockedUntil() <= now);
			Failures current = expired ? new Failures(0, now, 0) : f;
			int count = current.count() + 1;
			return new Failures(count, current.firstAt(), count >= MAX_FAILURES ? Math.max(current.lockedUntil(), now + WINDOW.toMillis())
					: current.lockedUntil());
		});
	}

	/** Forgets counts whose window and lock are both over. */
	@org.springframework.scheduling.annotation.Scheduled(fixedDelay = 60_000)
	void purge() {
		long now = clock.millis();
		failures.values().removeIf(f -> now - f.firstAt() > WINDOW.toMillis() && f.lockedUntil() <= now);
	}

	void succeeded(String email) {
		failures.remove(Accounts.normalize(email));
	}

	boolean locked(String email) {
		if (email.length() > MAX_EMAIL) {
			return true;
		}
		Failures f = failures.get(Accounts.normalize(email));
		return f != null && f.lockedUntil() > clock.millis();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		boolean signIn = "POST".equals(request.getMethod())
				&& "/login".equals(org.springframework.web.util.UrlPathHelper.defaultInstance.getPathWithinApplication(request));
		if (signIn && username != null && locked(username)) {
			// The same answer as a wrong password; the attempt is not checked, and the lock does not move.
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		chain.doFilter(request, response);
	}
}
