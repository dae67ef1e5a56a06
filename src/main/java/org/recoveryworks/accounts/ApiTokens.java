package org.recoveryworks.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created and revoked by their owner, shown once, stored hashed. */
@Service
public class ApiTokens {

	/** A token's public view, for the owner's list. */
	public record TokenView(Long id, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
	}

	static final String PREFIX = "rw_";

	private final ApiTokenRepository tokens;
	private final UserAccountRepository users;
	private final Clock clock;

	private final org.recoveryworks.shared.mail.Mailer mailer;
	private final org.springframework.context.MessageSource messages;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, Clock clock, org.recoveryworks.shared.mail.Mailer mailer,
			org.springframework.context.MessageSource messages) {
		this.mailer = mailer;
		this.messages = messages;
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
	}

	/** Creates a token and returns its secret: the only time it is shown. */
	@Transactional
	public String create(AccountUser owner, String name) {
		String secret = Tokens.newSecret(PREFIX);
		tokens.save(new ApiToken(owner.id(), name.trim(), Tokens.hash(secret), secret.substring(0, 7) + "…", Instant.now(clock)));
		return secret;
	}

	@Transactional
	public boolean revoke(AccountUser owner, Long tokenId) {
		return tokens.findByIdAndUserId(tokenId, owner.id()).map(t -> {
			t.revoke(Instant.now(clock));
			return true;
		}).orElse(false);
	}

	/**
	 * The account's password or two-step sign-in was reset: whoever had the old one may have made tokens, so every
	 * token stops working. The owner is told when any did.
	 */
	@Transactional
	void revokeAllAfterReset(Long userId, String email) {
		if (tokens.revokeAllOf(userId, Instant.now(clock)) > 0) {
			// A reset by an administrator or by the owner: the owner's own language either way.
			var locale = users.findById(userId).flatMap(UserAccount::readsIn).orElse(org.recoveryworks.shared.web.Languages.ENGLISH);
			mailer.send(email, messages.getMessage("tokens.revokedAfterReset.subject", null, locale),
					messages.getMessage("tokens.revokedAfterReset.body", null, locale));
		}
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(AccountUser owner) {
		return tokens.findByUserIdOrderByCreatedAtDesc(owner.id()).stream()
			.map(t -> new TokenView(t.getId(), t.getName(), t.getHint(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt()))
			.toList();
	}

	/** The user a presented secret belongs to, if the token exists and is not revoked. */
	@Transactional
	public Optional<AccountUser> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(Tokens.hash(secret)).filter(ApiToken::active).flatMap(t -> {
			Instant now = Instant.now(clock);
			if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minusSeconds(60))) {
				t.used(now);
			}
			return users.findById(t.getUserId()).filter(UserAccount::isActive).map(UserAccount::toAccountUser).map(AccountUser::withoutPassword);
		});
	}
}
