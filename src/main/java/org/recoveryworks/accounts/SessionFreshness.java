package org.recoveryworks.accounts;

import java.io.IOException;
import java.time.Instant;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session that was signed in before the account's password last changed (a reset, say), or
 * whose account no longer exists,
 * so a stolen or forgotten session stops working as soon as the password does: the request is
 * sent to sign in again.
 */
class SessionFreshness extends OncePerRequestFilter {

	static final String SIGNED_IN_AT = "recoveryworks.signedInAt";

	private final UserAccountRepository users;

	SessionFreshness(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Object signedInAt = session == null ? null : session.getAttribute(SIGNED_IN_AT);
		Authentication who = signedInAt == null ? null : SecurityContextHolder.getContext().getAuthentication();
		if (who != null && who.getPrincipal() instanceof AccountUser user && signedInAt instanceof Instant since) {
			// Gone (a restore from an older backup, say) counts as changed.
			Instant changed = users.findPasswordChangedAt(user.id()).orElse(Instant.MAX);
			if (changed.isAfter(since)) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}
}
