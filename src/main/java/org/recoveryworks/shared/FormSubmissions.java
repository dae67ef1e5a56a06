package org.recoveryworks.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a form that creates something safe to send twice. The form carries a token made when it was shown
 * ({@code <input type="hidden" name="submission" th:value="${@formSubmissions.newToken()}">}); {@link #once}
 * records the token in the same transaction as what the form creates, so a second submission of the same
 * form, at once or later, finds the first one's result and creates nothing.
 */
@Service
public class FormSubmissions {

	/** The same form was sent before: answer with what it created. */
	public static class AlreadySubmitted extends RuntimeException {

		AlreadySubmitted() {
			super("This form was already sent");
		}
	}

	private static final Duration KEPT = Duration.ofDays(2);

	private final JdbcTemplate jdbc;
	private final Clock clock;

	FormSubmissions(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new token for a form being shown. */
	public String newToken() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Runs {@code create} (which returns where to go next, say the new record's address) unless this token was
	 * sent before; then {@link AlreadySubmitted} is thrown and nothing is created: the caller answers with
	 * {@link #resultOf}. Without a well-formed token (an old page), it just creates.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public String once(String token, Long actorId, Supplier<String> create) {
		if (token == null || !token.matches("[A-Za-z0-9-]{20,64}")) {
			return create.get();
		}
		try {
			// Waits for a first submission still being saved, then fails on its key.
			jdbc.update("insert into form_submission (token, actor_id, created_at) values (?, ?, ?)", token, actorId,
					java.sql.Timestamp.from(Instant.now(clock)));
		}
		catch (DataAccessException e) {
			throw new AlreadySubmitted();
		}
		String result = create.get();
		jdbc.update("update form_submission set result = ? where token = ?", result, token);
		return result;
	}

	/** Where the first submission of this token led, if it is saved (by the same person). */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public java.util.Optional<String> resultOf(String token, Long actorId) {
		return jdbc.query("select result from form_submission where token = ? and actor_id = ?", (rs, i) -> rs.getString(1), token, actorId)
			.stream().filter(java.util.Objects::nonNull).findFirst();
	}

	/** Tokens are kept two days: long enough for any resend. */
	@Scheduled(cron = "0 20 3 * * *")
	@Transactional
	public void forgetOld() {
		jdbc.update("delete from form_submission where created_at < ?", java.sql.Timestamp.from(Instant.now(clock).minus(KEPT)));
	}
}
