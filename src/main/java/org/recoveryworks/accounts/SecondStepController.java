package org.recoveryworks.accounts;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The second step of a staff sign-in: a code from the authenticator app (set up at the first
 * sign-in) or a recovery code. Until it is passed nobody is signed in; the password step only
 * leaves a "pending" note in the session, good for 5 minutes and 5 wrong codes.
 */
@Controller
class SecondStepController {

	static final String PENDING = "recoveryworks.pendingSignIn";
	static final Duration PENDING_FOR = Duration.ofMinutes(5);
	static final int MAX_WRONG_CODES = 5;

	/** A password accepted, the second step not yet passed; the key being set up, if any. */
	record Pending(AccountUser user, Instant since, int wrongCodes, String newSecret) implements Serializable {

		Pending wrongCode() {
			return new Pending(user, since, wrongCodes + 1, newSecret);
		}

		Pending withSecret(String secret) {
			return new Pending(user, since, wrongCodes, secret);
		}
	}

	private final TwoStepSignIn twoStep;
	private final SignInAudit audit;
	private final SecurityContextRepository contextRepository;

	private final java.time.Clock clock;

	SecondStepController(TwoStepSignIn twoStep, SignInAudit audit, SecurityContextRepository contextRepository, java.time.Clock clock) {
		this.clock = clock;
		this.twoStep = twoStep;
		this.audit = audit;
		this.contextRepository = contextRepository;
	}

	@GetMapping("/login/code")
	String codeForm(HttpSession session) {
		Pending pending = pending(session);
		if (pending == null) {
			return "redirect:/login";
		}
		if (!twoStep.isSetUp(pending.user().id())) {
			return "redirect:/login/code/setup";
		}
		return "accounts/code";
	}

	@PostMapping("/login/code")
	String checkCode(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		HttpSession session = request.getSession();
		Pending pending = pending(session);
		if (pending == null) {
			return "redirect:/login";
		}
		if (!twoStep.isSetUp(pending.user().id())) {
			return "redirect:/login/code/setup";
		}
		if (!audit.reserve(pending.user())) {
			// Locked, or as many codes are being checked at once as may still fail: not checked, not counted.
			if (audit.locked(pending.user())) {
				session.removeAttribute(PENDING);
				return "redirect:/login?error";
			}
			model.addAttribute("codeError", true);
			return "accounts/code";
		}
		TwoStepSignIn.Result result;
		try {
			result = twoStep.check(pending.user().id(), code);
			if (result == TwoStepSignIn.Result.WRONG) {
				return wrongCode(pending, session, model, "accounts/code");
			}
		}
		finally {
			audit.release(pending.user());
		}
		audit.secondStepPassed(pending.user(),
				result == TwoStepSignIn.Result.RECOVERY_CODE ? "second step: recovery code" : "second step: authenticator app");
		signIn(pending, request, response);
		if (result == TwoStepSignIn.Result.RECOVERY_CODE) {
			// Tell them how many are left, on the page where they can make new ones.
			request.getSession().setAttribute(RECOVERY_CODE_USED, Boolean.TRUE);
			return "redirect:/account/two-step";
		}
		SecurityConfiguration.goOn(request, response, org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication());
		return null;
	}

	static final String RECOVERY_CODE_USED = "recoveryworks.recoveryCodeUsed";

	@GetMapping("/login/code/setup")
	String setupForm(HttpSession session, Model model) {
		Pending pending = pending(session);
		if (pending == null) {
			return "redirect:/login";
		}
		if (twoStep.isSetUp(pending.user().id())) {
			return "redirect:/login/code";
		}
		if (pending.newSecret() == null) {
			pending = pending.withSecret(Totp.newSecret());
			session.setAttribute(PENDING, pending);
		}
		showKey(pending, model);
		return "accounts/code-setup";
	}

	@PostMapping("/login/code/setup")
	String confirmSetup(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		HttpSession session = request.getSession();
		Pending pending = pending(session);
		if (pending == null || pending.newSecret() == null) {
			return "redirect:/login";
		}
		List<String> codes = audit.locked(pending.user()) || code == null || code.length() > 40 ? List.of()
				: twoStep.confirm(pending.user().id(), pending.newSecret(), code);
		if (codes.isEmpty()) {
			showKey(pending, model);
			return wrongCode(pending, session, model, "accounts/code-setup");
		}
		audit.secondStepPassed(pending.user(), "second step set up");
		signIn(pending, request, response);
		redirect.addFlashAttribute("recoveryCodes", codes);
		redirect.addFlashAttribute("setUp", true);
		return "redirect:/account/two-step";
	}

	/** Two-step sign-in for the signed-in staff member: recovery codes left, and new ones. */
	@GetMapping("/account/two-step")
	String settings(@AuthenticationPrincipal AccountUser user, HttpSession session, Model model) {
		model.addAttribute("codesLeft", twoStep.recoveryCodesLeft(user.id()));
		if (session.getAttribute(RECOVERY_CODE_USED) != null) {
			session.removeAttribute(RECOVERY_CODE_USED);
			model.addAttribute("recoveryCodeUsed", true);
		}
		return "accounts/two-step";
	}

	@PostMapping("/account/two-step/recovery-codes")
	String newRecoveryCodes(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("recoveryCodes", twoStep.replaceRecoveryCodes(user.id()));
		return "redirect:/account/two-step";
	}

	private String wrongCode(Pending pending, HttpSession session, Model model, String view) {
		audit.secondStepFailed(pending.user());
		Pending counted = pending.wrongCode();
		if (counted.wrongCodes() >= MAX_WRONG_CODES || audit.locked(pending.user())) {
			session.removeAttribute(PENDING);
			return "redirect:/login?error";
		}
		session.setAttribute(PENDING, counted);
		model.addAttribute("codeError", true);
		return view;
	}

	private void showKey(Pending pending, Model model) {
		model.addAttribute("qrImage", TwoStepSignIn.qrImage(pending.user().email(), pending.newSecret()));
		model.addAttribute("key", pending.newSecret().replaceAll("(.{4})(?=.)", "$1 "));
	}

	private void signIn(Pending pending, HttpServletRequest request, HttpServletResponse response) {
		request.getSession().removeAttribute(PENDING);
		// A new session id for the signed-in session (what the password step's id saw stays behind).
		request.changeSessionId();
		SecurityConfiguration.keepSignedIn(pending.user(), request, response, contextRepository, clock);
	}

	private Pending pending(HttpSession session) {
		if (session != null && session.getAttribute(PENDING) instanceof Pending p) {
			if (p.since().plus(PENDING_FOR).isAfter(clock.instant())) {
				return p;
			}
			session.removeAttribute(PENDING);
		}
		return null;
	}
}
