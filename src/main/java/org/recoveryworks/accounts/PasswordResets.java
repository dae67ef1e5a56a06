package org.recoveryworks.accounts;

import java.time.Clock;
import java.time.Instant;

import org.recoveryworks.shared.RecoveryWorksProperties;
import org.recoveryworks.shared.mail.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** Password reset by an e-mailed, single-use, expiring link. */
@Service
class PasswordResets {

	private final UserAccountRepository users;
	private final PasswordResetTokenRepository tokens;
	private final PasswordEncoder passwordEncoder;
	private final Mailer mailer;
	private final MessageSource messages;
	private final RecoveryWorksProperties properties;
	private final Clock clock;
	private final ApiTokens apiTokens;

	PasswordResets(UserAccountRepository users, PasswordResetTokenRepository tokens, PasswordEncoder passwordEncoder,
			Mailer mailer, MessageSource messages, RecoveryWorksProperties properties, Clock clock, ApiTokens apiTokens) {
		this.apiTokens = apiTokens;
		this.users = users;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends a reset link if the address has an account. Says nothing either way, so the page
	 * cannot be used to find out who has an account.
	 */
	@Transactional
	public void requestReset(String email) {
		users.findByEmail(Accounts.normalize(email)).filter(UserAccount::isActive).ifPresent(user -> {
			String secret = Tokens.newSecret("");
			tokens.save(new PasswordResetToken(user.getId(), Tokens.hash(secret),
					Instant.now(clock).plus(properties.passwordResetValidity())));
			String link = UriComponentsBuilder.fromUriString(properties.baseUrl())
				.path("/password/reset")
				.queryParam("token", secret)
				.build()
				.toUriString();
			long minutes = properties.passwordResetValidity().toMinutes();
			var locale = LocaleContextHolder.getLocale();
			mailer.send(user.getEmail(), messages.getMessage("mail.reset.subject", null, locale),
					messages.getMessage("mail.reset.body", new Object[] { user.getDisplayName(), link, minutes }, locale));
		});
	}

	@Transactional(readOnly = true)
	public boolean isUsable(String secret) {
		return secret != null && tokens.readByTokenHash(Tokens.hash(secret)).map(t -> t.usableAt(Instant.now(clock))).orElse(false);
	}

	/** Sets the new password and spends the link; false if the link is unknown, used or expired. */
	@Transactional
	public boolean reset(String secret, String newPassword) {
		if (secret == null) {
			return false;
		}
		Instant now = Instant.now(clock);
		return tokens.findByTokenHash(Tokens.hash(secret)).filter(t -> t.usableAt(now)).map(token -> {
			// This link and every other outstanding link of the account stop working.
			tokens.findByUserIdAndUsedAtIsNull(token.getUserId()).forEach(t -> t.use(now));
			token.use(now);
			users.findById(token.getUserId()).ifPresent(u -> {
				u.changePassword(passwordEncoder.encode(newPassword), now);
				apiTokens.revokeAllAfterReset(u.getId(), u.getEmail());
			});
			return true;
		}).orElse(false);
	}
}
