package org.recoveryworks.accounts;

import java.io.IOException;

import org.recoveryworks.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts every sign-in, failed sign-in and refused request in the audit trail, and keeps the
 * sign-in throttle's count. A failed sign-in
 * names the account only when one exists, and only in the trail (the person signing in is told
 * nothing more than "wrong e-mail or password").
 */
@Component
class SignInAudit {

	static final String SIGN_IN = "sign-in";
	static final String REQUEST = "request";

	private final AuditTrail audit;
	private final UserAccountRepository accounts;
	private final SignInThrottle throttle;

	private final java.time.Clock clock;

	SignInAudit(AuditTrail audit, UserAccountRepository accounts, SignInThrottle throttle, java.time.Clock clock) {
		this.clock = clock;
		this.audit = audit;
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		// Staff are signed in only after the second step (recorded then, see secondStepPassed).
		if (event.getAuthentication().getPrincipal() instanceof AccountUser user && !TwoStepSignIn.required(user)) {
			throttle.succeeded(user.email());
			accounts.signedIn(user.id(), java.time.Instant.now(clock));
			audit.recordEvent(user.id(), user.role().name(), AuditTrail.Action.SIGN_IN, SIGN_IN, user.id(), null);
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		if (name != null) {
			throttle.failed(name);
		}
		Long accountId = name == null ? null : accounts.findByEmail(Accounts.normalize(name)).map(UserAccount::getId).orElse(null);
		audit.recordEvent(null, "ANONYMOUS", AuditTrail.Action.SIGN_IN_FAILED, SIGN_IN, accountId,
				event.getException().getClass().getSimpleName());
	}

	/** A staff member passed the second step: now they are signed in. */
	void secondStepPassed(AccountUser user, String how) {
		throttle.succeeded(user.email());
		accounts.signedIn(user.id(), java.time.Instant.now(clock));
		audit.recordEvent(user.id(), user.role().name(), AuditTrail.Action.SIGN_IN, SIGN_IN, user.id(), how);
	}

	/** A wrong code at the second step counts toward the same lock-out as a wrong password. */
	void secondStepFailed(AccountUser user) {
		throttle.failed(user.email());
		audit.recordEvent(null, "ANONYMOUS", AuditTrail.Action.SIGN_IN_FAILED, SIGN_IN, user.id(), "wrong code at the second step");
	}

	boolean locked(AccountUser user) {
		return throttle.locked(user.email());
	}

	/** Takes a place for one code's check, as for a password (see {@link SignInThrottle#reserve}). */
	boolean reserve(AccountUser user) {
		return throttle.reserve(user.email());
	}

	void release(AccountUser user) {
		throttle.release(user.email());
	}

	/** Records the refusal, then lets the given handler answer. */
	AccessDeniedHandler recording(AccessDeniedHandler next) {
		return (HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.access.AccessDeniedException e) -> {
			refused(request);
			next.handle(request, response, e);
		};
	}

	/** A refusal inside an API controller (the URL rules let it through, the feature did not). */
	@EventListener
	void refusedInside(org.recoveryworks.shared.web.RequestRefused refused) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who != null && who.getPrincipal() instanceof AccountUser user) {
			audit.recordEvent(user.id(), user.role().name(), AuditTrail.Action.REFUSED, REQUEST, null,
					refused.method() + " " + refused.path());
		}
	}

	/**
	 * A signed-in user's refused request. Anonymous refusals (a form without its token, say) are not
	 * recorded: anyone could fill the trail with them, and they concern no one's records.
	 */
	void refused(HttpServletRequest request) throws IOException, ServletException {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who != null && who.getPrincipal() instanceof AccountUser user) {
			audit.recordEvent(user.id(), user.role().name(), AuditTrail.Action.REFUSED, REQUEST, null,
					request.getMethod() + " " + request.getRequestURI());
		}
	}
}
