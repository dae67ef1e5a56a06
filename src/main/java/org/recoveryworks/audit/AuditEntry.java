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

/** An audit entry. Immutable: Hibernate never issues an update for it. */
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
		this.at = at;
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

	AuditTrail.Entry toEntry() {
		return new AuditTrail.Entry(at, actorId, actorRole, action, recordType, recordId, participantId, fromAddress, detail);
	}
}
