package org.recoveryworks.credentials;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Something a person logged toward a credential; it counts once a supervisor verifies it. */
@Entity
@Table(name = "credential_entry")
class CredentialEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long trackId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EntryKind kind;

	private String domain;

	private BigDecimal hours;

	@Column(nullable = false)
	private LocalDate doneOn;

	@Column(nullable = false)
	private String description;

	private String certificateKey;

	private String certificateName;

	private String certificateType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EntryStatus status = EntryStatus.PENDING;

	private Long reviewedBy;

	private Instant reviewedAt;

	private String returnNote;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected CredentialEntry() {
	}

	CredentialEntry(Long trackId, EntryForm f, Instant now) {
		this.trackId = trackId;
		this.kind = f.getKind();
		this.domain = f.getKind() == EntryKind.SUPERVISION ? f.getDomain() : null;
		this.hours = f.getKind().takesHours() ? f.getHours() : null;
		this.doneOn = f.getDoneOn();
		this.description = f.getDescription().trim();
		this.createdAt = now;
	}

	void attach(String key, String name, String contentType) {
		this.certificateKey = key;
		this.certificateName = name;
		this.certificateType = contentType;
	}

	void verify(Long supervisorId, Instant now) {
		requireReviewable();
		this.status = EntryStatus.VERIFIED;
		this.reviewedBy = supervisorId;
		this.reviewedAt = now;
		this.returnNote = null;
	}

	void giveBack(Long supervisorId, String note, Instant now) {
		requireReviewable();
		this.status = EntryStatus.RETURNED;
		this.reviewedBy = supervisorId;
		this.reviewedAt = now;
		this.returnNote = note;
	}

	/** Refuses removing a verified entry. */
	void requireRemovable() {
		if (!status.canBeRemoved()) {
			throw new org.recoveryworks.shared.StateConflict("credentialEntry.verified", "A verified entry cannot be removed.");
		}
	}

	private void requireReviewable() {
		if (!status.canBeReviewed()) {
			throw new org.recoveryworks.shared.StateConflict("credentialEntry.changed", "Someone else reviewed this entry first, or it changed.");
		}
	}

	Long getId() { return id; }
	Long getTrackId() { return trackId; }
	EntryKind getKind() { return kind; }
	String getDomain() { return domain; }
	BigDecimal getHours() { return hours; }
	LocalDate getDoneOn() { return doneOn; }
	String getDescription() { return description; }
	String getCertificateKey() { return certificateKey; }
	String getCertificateName() { return certificateName; }
	String getCertificateType() { return certificateType; }
	EntryStatus getStatus() { return status; }
	String getReturnNote() { return returnNote; }
	long getVersion() { return version; }
}
