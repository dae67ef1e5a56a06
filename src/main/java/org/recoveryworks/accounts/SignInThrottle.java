package org.recoveryworks.accounts;

import java.io.IOException;
import java.time.Duration;

import org.recoveryworks.shared.limits.Buckets;

import org.springframework.web.filter.OncePerRequestFilter;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lock-out after repeated failed sign-ins to one e-mail address: each address has five tries, and one more every three
 * minutes (a token bucket of {@link #MAX_FAILURES} refilled over {@link #WINDOW}); beyond them sign-in to that address is
 * refused with the same answer as a wrong password. It counts by the address typed, whether or not an account has it,
 * so it reveals nothing about which accounts exist. A successful sign-in gives the tries back. The buckets are
 * {@link Buckets}: in the cluster profile in the database, so the lock-out holds across nodes.
 */
class SignInThrottle extends OncePerRequestFilter {

	static final int MAX_FAILURES = 5;
	static final Duration WINDOW = Duration.ofMinutes(15);

	/** No e-mail address is longer; longer input is refused before it is counted or kept. */
	static final int MAX_EMAIL = 254;

	private final Buckets buckets;

	SignInThrottle(Buckets buckets) {
		this.buckets = buckets;
	}

	private Bucket of(String email) {
		return buckets.bucket("sign-in:" + Accounts.normalize(email), () -> BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(MAX_FAILURES).refillGreedy(MAX_FAILURES, WINDOW)).build());
	}

	/** Whether the attempt this thread is checking failed: then its place stays taken when it is released. */
	private static final ThreadLocal<Boolean> FAILED = new ThreadLocal<>();

	/** The attempt being checked failed: the place it took stays taken (see {@link #release}). */
	void failed(String email) {
		if (email == null || email.length() > MAX_EMAIL) {
			return;
		}
		FAILED.set(Boolean.TRUE);
	}

	/**
	 * Takes a place (a try) for one attempt before it is checked, atomically: refused when no try is left. So ten
	 * attempts sent at once check at most five, as ten in a row would. Each place taken is released with
	 * {@link #release}: given back when the attempt did not fail, kept when it failed.
	 */
	boolean reserve(String email) {
		FAILED.remove();
		if (email == null || email.length() > MAX_EMAIL) {
			return false;
		}
		return of(email).tryConsume(1);
	}

	/** The attempt was checked: its place is given back unless it failed. */
	void release(String email) {
		boolean failed = Boolean.TRUE.equals(FAILED.get());
		FAILED.remove();
		if (email == null || email.length() > MAX_EMAIL || failed) {
			return;
		}
		of(email).addTokens(1);
	}

	/** The tries start again. */
	void succeeded(String email) {
		if (email == null || email.length() > MAX_EMAIL) {
			return;
		}
		of(email).reset();
	}

	boolean locked(String email) {
		return email.length() > MAX_EMAIL || of(email).getAvailableTokens() <= 0;
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
