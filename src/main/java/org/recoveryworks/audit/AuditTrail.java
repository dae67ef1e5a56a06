package org.recoveryworks.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit trail. Entries are only ever added: there is no update or delete.
 * Every read and write of a case record goes through {@link #record}. Each entry is sealed with the
 * audit key as it is written, in the same transaction, so a row without a valid seal was not written
 * here; {@link AuditChain} links the sealed entries in order a few seconds later.
 */
@Service
public class AuditTrail {

	/** What was done to the record. */
	public enum Action {
		READ, CREATE, UPDATE, DELETE, SIGN_IN, SIGN_IN_FAILED, REFUSED, DISCLOSE, EMERGENCY
	}

	/** One entry, as the privacy officer and tests see it. */
	public record Entry(Instant at, Long actorId, String actorRole, Action action, String recordType, Long recordId,
			Long participantId, String fromAddress, String detail) {
	}

	private final AuditEntryRepository entries;
	private final AuditSeals seals;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, AuditSeals seals, JdbcTemplate jdbc, Clock clock) {
		this.entries = entries;
		this.seals = seals;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records that an actor did something to a case record of a participant. Joins the caller's
	 * transaction, so a change and its entry are saved together or not at all.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Long actorId, String actorRole, Action action, String recordType, Long recordId, Long participantId) {
		write(new AuditEntry(Instant.now(clock), actorId, actorRole, action, recordType, recordId, participantId, currentAddress()));
	}

	/** The same, with a note (an emergency access's reason, say). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Long actorId, String actorRole, Action action, String recordType, Long recordId, Long participantId,
			String detail) {
		write(new AuditEntry(Instant.now(clock), actorId, actorRole, action, recordType, recordId, participantId, currentAddress())
			.withDetail(detail));
	}

	/**
	 * Records an event that is not about a case record: a sign-in, a failed one, a refused request.
	 * In its own transaction, so it stays even when the request's work is rolled back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordEvent(Long actorId, String actorRole, Action action, String recordType, Long recordId, String detail) {
		write(new AuditEntry(Instant.now(clock), actorId, actorRole, action, recordType, recordId, null, currentAddress())
			.withDetail(detail));
	}

	/** Inserts the entry (its id comes from the insert), then writes its seal, in the caller's transaction. */
	private void write(AuditEntry entry) {
		AuditEntry saved = entries.save(entry);
		if (saved.getId() == null) {
			// Hibernate inserts an identity row at once inside a transaction; without its id there is nothing to seal.
			throw new IllegalStateException("An audit entry was not inserted at once, so it could not be sealed");
		}
		jdbc.update("update audit_entry set entry_mac = ? where id = ?", seals.entry(saved.content()), saved.getId());
	}

	/** The newest 500 sign-ins and failed sign-ins to an account, for the person's own data download. */
	@Transactional(readOnly = true)
	public List<Entry> signInsTo(Long accountId) {
		return entries.findTop500ByRecordTypeAndRecordIdOrderByIdDesc("sign-in", accountId).stream().map(AuditEntry::toEntry).toList();
	}

	@Transactional(readOnly = true)
	public List<Entry> forParticipant(Long participantId) {
		return entries.findByParticipantIdOrderByIdAsc(participantId).stream().map(AuditEntry::toEntry).toList();
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "system";
	}
}
