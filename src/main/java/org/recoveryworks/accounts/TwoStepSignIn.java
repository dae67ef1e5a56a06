package org.recoveryworks.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import io.nayuki.qrcodegen.QrCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in for the people who see case records (coaches, supervisors, admins and the
 * privacy officer): after the password, a code from an authenticator app, or one of ten one-time
 * recovery codes. A code works once.
 */
@Service
@Transactional(readOnly = true)
public class TwoStepSignIn {

	/**
	 * The authenticator key of every demo staff account, published in the README so anyone trying
	 * the demo can add it to an app (the tests compute its codes too). Real accounts each set up their own.
	 */
	public static final String DEMO_KEY = "RECOVERYWORKSDEMOTWOSTEPKEYAAAAA";

	static final String ISSUER = "RecoveryWorks";
	static final int RECOVERY_CODES = 10;
	private static final SecureRandom RANDOM = new SecureRandom();

	/** How a code was accepted. */
	enum Result {
		AUTHENTICATOR, RECOVERY_CODE, WRONG
	}

	private final UserAccountRepository users;
	private final RecoveryCodeRepository recoveryCodes;
	private final Clock clock;
	private final org.recoveryworks.audit.AuditTrail audit;
	private final TotpKeys keys;
	private final org.recoveryworks.shared.mail.Mailer mailer;
	private final ApiTokens apiTokens;
	private final org.springframework.context.MessageSource messages;

	TwoStepSignIn(UserAccountRepository users, RecoveryCodeRepository recoveryCodes, Clock clock,
			org.recoveryworks.audit.AuditTrail audit, TotpKeys keys, org.recoveryworks.shared.mail.Mailer mailer, ApiTokens apiTokens,
			org.springframework.context.MessageSource messages) {
		this.apiTokens = apiTokens;
		this.messages = messages;
		this.keys = keys;
		this.mailer = mailer;
		this.users = users;
		this.audit = audit;
		this.recoveryCodes = recoveryCodes;
		this.clock = clock;
	}

	/** The roles that must show a second factor. */
	static boolean required(AccountUser user) {
		return user.is(Role.COACH) || user.is(Role.SUPERVISOR) || user.is(Role.ADMIN) || user.is(Role.PRIVACY_OFFICER);
	}

	boolean isSetUp(Long accountId) {
		return users.findById(accountId).map(UserAccount::hasTwoStep).orElse(false);
	}

	/** Checks a code from the app or a recovery code, and uses it up. */
	@Transactional
	Result check(Long accountId, String typed) {
		UserAccount account = users.findById(accountId).orElse(null);
		if (account == null || !account.hasTwoStep() || typed == null || typed.length() > 40) {
			return Result.WRONG;
		}
		String code = typed.replaceAll("[\\s-]", "");
		if (code.matches("\\d{6}")) {
			long step = Totp.matchingStep(keys.open(account.getTotpSecret()), code, Instant.now(clock));
			return step >= 0 && users.useTotpStep(accountId, step) == 1 ? Result.AUTHENTICATOR : Result.WRONG;
		}
		String normalized = code.toUpperCase(Locale.ROOT);
		if (!normalized.matches("[A-Z2-7]{10}")) {
			return Result.WRONG;
		}
		return recoveryCodes.use(accountId, Tokens.hash(normalized), Instant.now(clock)) == 1 ? Result.RECOVERY_CODE : Result.WRONG;
	}

	/**
	 * Sets up two-step sign-in with a key the person added to their app, once they show a code
	 * from it. The new recovery codes, or an empty list when the code is wrong.
	 */
	@Transactional
	List<String> confirm(Long accountId, String secret, String typed) {
		String code = typed == null ? "" : typed.replaceAll("[\\s-]", "");
		long step = Totp.matchingStep(secret, code, Instant.now(clock));
		UserAccount account = users.findById(accountId).orElseThrow();
		if (step < 0 || account.hasTwoStep()) {
			return List.of();
		}
		account.confirmTwoStep(keys.seal(secret), Instant.now(clock));
		users.flush();
		users.useTotpStep(accountId, step);
		// The password alone sets up the app at a first sign-in: the account's owner hears of it at once.
		// The owner sets it up at their own sign-in: the language they are reading.
		var locale = org.recoveryworks.shared.web.Languages.current();
		mailer.send(account.getEmail(), messages.getMessage("mail.twoStepSetUp.subject", null, locale),
				messages.getMessage("mail.twoStepSetUp.body", null, locale));
		return replaceRecoveryCodes(accountId);
	}

	/** Ten new recovery codes; the old ones stop working. Shown once, kept only as hashes. */
	@Transactional
	List<String> replaceRecoveryCodes(Long accountId) {
		recoveryCodes.deleteAllOf(accountId);
		List<String> codes = new ArrayList<>();
		Instant now = Instant.now(clock);
		for (int i = 0; i < RECOVERY_CODES; i++) {
			byte[] bytes = new byte[7];
			RANDOM.nextBytes(bytes);
			String code = Totp.base32(bytes).substring(0, 10);
			recoveryCodes.save(new RecoveryCode(accountId, Tokens.hash(code), now));
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}

	/** Turns two-step sign-in off for an account (lost phone and codes); false when there is no such account. */
	@Transactional
	boolean reset(String email) {
		UserAccount account = users.findByEmail(Accounts.normalize(email)).orElse(null);
		if (account == null) {
			return false;
		}
		account.turnOffTwoStep();
		recoveryCodes.deleteAllOf(account.getId());
		apiTokens.revokeAllAfterReset(account.getId(), account.getEmail());
		audit.recordEvent(null, "OPERATOR", org.recoveryworks.audit.AuditTrail.Action.UPDATE, "two-step sign-in", account.getId(),
				"turned off by --reset-two-step");
		return true;
	}

	long recoveryCodesLeft(Long accountId) {
		return recoveryCodes.countByUserIdAndUsedAtIsNull(accountId);
	}

	/**
	 * Sets up two-step sign-in with a given key, without asking for a code: for the demo staff,
	 * whose key is published in the README so anyone trying the demo can add it to an app, and for
	 * tests. Never for real accounts.
	 */
	@Transactional
	public void setUpWithKey(Long accountId, String base32Secret) {
		Totp.fromBase32(base32Secret);
		users.findById(accountId).orElseThrow().confirmTwoStep(keys.seal(base32Secret), Instant.now(clock));
	}

	/** The QR code of the key, as an SVG image in a data address (the page's policy allows data: images). */
	static String qrImage(String email, String secret) {
		QrCode qr = QrCode.encodeText(Totp.uri(ISSUER, email, secret), QrCode.Ecc.MEDIUM);
		int border = 4;
		int size = qr.size + border * 2;
		StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(size).append(' ')
			.append(size).append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"");
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					svg.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
				}
			}
		}
		svg.append("\" fill=\"#000\"/></svg>");
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}
}
