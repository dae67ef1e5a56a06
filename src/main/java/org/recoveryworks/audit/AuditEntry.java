package org.recoveryworks.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * An audit entry. Immutable: Hibernate never issues an update for it. Its seal ({@code entry_mac}) is
 * written by {@link AuditTrail} once the insert has given it its id.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	private Long actorId;

	@Column(nullable = false)
	private String actorRole;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditTrail.Action action;

	@Column(nullable = false)
	private String recordType;

	private Long recordId;

	private Long participantId;

	@Column(nullable = false)
	private String fromAddress;

	private String detail;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, Long actorId, String actorRole, AuditTrail.Action action, String recordType, Long recordId,
			Long participantId, String fromAddress) {
		// Microseconds, as the database keeps them: the seal is made of this value and checked against the stored one.
		this.at = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		this.actorId = actorId;
		this.actorRole = actorRole;
		this.action = action;
		this.recordType = recordType;
		this.recordId = recordId;
		this.participantId = participantId;
		this.fromAddress = fromAddress;
	}

	AuditEntry withDetail(String detail) {
		this.detail = detail == null ? null : detail.length() > 300 ? detail.substring(0, 300) : detail;
		return this;
	}

	Long getId() {
		return id;
	}

	/** What the seal covers, by column, as {@link AuditSeals} reads it. */
	java.util.Map<String, Object> content() {
		java.util.Map<String, Object> row = new java.util.HashMap<>();
		row.put("id", id);
		row.put("at", at);
		row.put("actor_id", actorId);
		row.put("actor_role", actorRole);
		row.put("action", action.name());
		row.put("record_type", recordType);
		row.put("record_id", recordId);
		row.put("participant_id", participantId);
		row.put("from_address", fromAddress);
		row.put("detail", detail);
		return row;
	}

	AuditTrail.Entry toEntry() {
		return new AuditTrail.Entry(at, actorId, actorRole, action, recordType, recordId, participantId, fromAddress, detail);
	}
}
