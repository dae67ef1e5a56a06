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

	/** Failures in the window, and attempts being checked right now (each takes its place before it is checked). */
	private record Failures(int count, long firstAt, long lockedUntil, int inFlight) {

		Failures withInFlight(int n) {
			return new Failures(count, firstAt, lockedUntil, n);
		}
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
			Failures current = current(f, now);
			int count = current.count() + 1;
			return new Failures(count, current.firstAt(), count >= MAX_FAILURES ? Math.max(current.lockedUntil(), now + WINDOW.toMillis())
					: current.lockedUntil(), current.inFlight());
		});
	}

	/** The count as it stands now: a window and lock that are over start again (attempts under way stay). */
	private static Failures current(Failures f, long now) {
		boolean expired = f == null || (now - f.firstAt() > WINDOW.toMillis() && f.lockedUntil() <= now);
		return expired ? new Failures(0, now, 0, f == null ? 0 : f.inFlight()) : f;
	}

	/**
	 * Takes a place for one attempt before it is checked, atomically: refused when the address is locked, or when
	 * the failures and the attempts under way already reach the limit. So ten attempts sent at once check at most
	 * five, as ten in a row would. Each place taken is given back with {@link #release}.
	 */
	boolean reserve(String email) {
		if (email == null || email.length() > MAX_EMAIL) {
			return false;
		}
		long now = clock.millis();
		boolean[] taken = { false };
		failures.compute(Accounts.normalize(email), (k, f) -> {
			Failures current = current(f, now);
			if (current.lockedUntil() > now || current.count() + current.inFlight() >= MAX_FAILURES) {
				return current;
			}
			taken[0] = true;
			return current.withInFlight(current.inFlight() + 1);
		});
		return taken[0];
	}

	/** The attempt was checked (its failure, if any, is counted): its place is free. */
	void release(String email) {
		if (email == null || email.length() > MAX_EMAIL) {
			return;
		}
		failures.computeIfPresent(Accounts.normalize(email), (k, f) -> {
			Failures released = f.withInFlight(Math.max(0, f.inFlight() - 1));
			return released.count() == 0 && released.inFlight() == 0 && released.lockedUntil() <= clock.millis() ? null : released;
		});
	}

	/** Forgets counts whose window and lock are both over. */
	@org.springframework.scheduling.annotation.Scheduled(fixedDelay = 60_000)
	void purge() {
		long now = clock.millis();
		failures.values().removeIf(f -> f.inFlight() == 0 && now - f.firstAt() > WINDOW.toMillis() && f.lockedUntil() <= now);
	}

	void succeeded(String email) {
		// The count starts again; attempts still being checked keep their places.
		failures.computeIfPresent(Accounts.normalize(email), (k, f) -> f.inFlight() == 0 ? null : new Failures(0, clock.millis(), 0, f.inFlight()));
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
		if (!signIn || username == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!reserve(username)) {
			// The same answer as a wrong password; the attempt is not checked, and the lock does not move.
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			release(username);
		}
	}
}
