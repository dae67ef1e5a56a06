package org.recoveryworks.credentials;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person working toward, or holding, one credential and, where the credential has one, their
 * trainee period. The supervisors of the person's program now verify its entries.
 */
@Entity
@Table(name = "credential_track")
class CredentialTrack {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long accountId;

	@Column(nullable = false)
	private Long typeId;

	private LocalDate traineeSince;

	private LocalDate promotedOn;

	private Long promotedBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected CredentialTrack() {
	}

	CredentialTrack(Long accountId, Long typeId, LocalDate traineeSince, Instant now) {
		this.accountId = accountId;
		this.typeId = typeId;
		this.traineeSince = traineeSince;
		this.createdAt = now;
	}

	/** The move up from trainee: once. */
	void promote(LocalDate on, Long supervisorId) {
		if (promotedOn != null) {
			throw new org.recoveryworks.shared.StateConflict("credential.promotion.done", "This move up is already recorded.");
		}
		this.promotedOn = on;
		this.promotedBy = supervisorId;
	}

	void startTraineePeriod(LocalDate since) {
		this.traineeSince = since;
		this.promotedOn = null;
		this.promotedBy = null;
	}

	Long getId() { return id; }
	Long getAccountId() { return accountId; }
	Long getTypeId() { return typeId; }
	LocalDate getTraineeSince() { return traineeSince; }
	LocalDate getPromotedOn() { return promotedOn; }
}
