package org.recoveryworks.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Makes every form and API call safe to send twice. Each form of a page carries a one-time token made when the
 * page was shown (added to every POST form by {@code shared.web.SubmissionTokenFields}, next to the CSRF token); an
 * API client sends its own as the {@code Idempotency-Key} header. Before the request runs, its token is claimed
 * here; when it has answered, the answer is kept with the token. The same token sent again, at once or later, is
 * answered with what the first request answered and does nothing: a double click saves one session, a resent
 * posting is posted once. Tokens are kept two days.
 */
@Service
public class FormSubmissions {

	/** The name of the hidden field the token travels in. */
	public static final String FIELD = "submission";

	/** The header an API client sends its own token in. */
	public static final String HEADER = "Idempotency-Key";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	private static final Duration KEPT = Duration.ofDays(2);

	/** A request that has claimed a token and has not answered for this long died on the way: another may take it over. */
	private static final Duration ABANDONED = Duration.ofMinutes(2);

	/** What a first request answered: its status, where it led, and (for the API) its body. */
	public record Answer(int status, String location, String etag, String contentType, String body) {
	}

	/** What {@link #claim} found. */
	public sealed interface Claim {
	}

	/** The token is this request's: go on, then {@link #keep} the answer or {@link #release} the token. */
	public record Claimed() implements Claim {
	}

	/** The token was used: this is what it answered. */
	public record Answered(Answer answer) implements Claim {
	}

	/** The first request with this token is still running after the wait. */
	public record Busy() implements Claim {
	}

	/** The token belongs to someone else's request. */
	public record Foreign() implements Claim {
	}

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

	/** Whether this is a token at all (a page or client may send anything). */
	public static boolean wellFormed(String token) {
		return token != null && WELL_FORMED.matcher(token).matches();
	}

	/**
	 * Claims the token for a request of {@code actor}. Each statement commits on its own, outside any transaction,
	 * so a second request sees the claim at once; it then waits up to {@code wait} for the first one's answer.
	 */
	public Claim claim(String token, String actor, Duration wait) {
		long deadline = System.nanoTime() + wait.toNanos();
		while (true) {
			try {
				jdbc.update("insert into form_submission (token, actor, created_at) values (?, ?, ?)", token, actor, now());
				return new Claimed();
			}
			catch (DuplicateKeyException taken) {
				// Claimed before: by whom, and has it answered?
			}
			List<Claim> found = jdbc.query("select actor, status, location, etag, content_type, body, created_at from form_submission where token = ?",
					(rs, i) -> {
						if (!actor.equals(rs.getString("actor"))) {
							return new Foreign();
						}
						int status = rs.getInt("status");
						if (!rs.wasNull()) {
							return new Answered(new Answer(status, rs.getString("location"), rs.getString("etag"), rs.getString("content_type"), rs.getString("body")));
						}
						Timestamp at = rs.getTimestamp("created_at");
						if (at.toInstant().isBefore(Instant.now(clock).minus(ABANDONED))
								&& jdbc.update("update form_submission set created_at = ? where token = ? and status is null and created_at = ?", now(),
										token, at) == 1) {
							return new Claimed();
						}
						return null;
					}, token);
			if (!found.isEmpty() && found.get(0) != null) {
				return found.get(0);
			}
			// Still running (or released just now: then the insert above succeeds next time).
			if (System.nanoTime() > deadline) {
				return new Busy();
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return new Busy();
			}
		}
	}

	/** Keeps what the request that claimed the token answered. */
	public void keep(String token, Answer answer) {
		jdbc.update("update form_submission set status = ?, location = ?, etag = ?, content_type = ?, body = ? where token = ?",
				answer.status(), answer.location(), answer.etag(), answer.contentType(), answer.body(), token);
	}

	/** Gives the token back: the request did not do what it was for (the form had errors, the call failed), so it may be sent again. */
	public void release(String token) {
		jdbc.update("delete from form_submission where token = ? and status is null", token);
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(clock));
	}

	/** Tokens are kept two days: long enough for any resend. */
	@Scheduled(cron = "0 20 3 * * *")
	public void forgetOld() {
		jdbc.update("delete from form_submission where created_at < ?", Timestamp.from(Instant.now(clock).minus(KEPT)));
	}
}
