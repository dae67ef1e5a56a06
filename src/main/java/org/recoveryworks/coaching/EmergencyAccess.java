package org.recoveryworks.coaching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A supervisor's time-limited emergency access to a sequestered record, with its reason and the privacy officer's review. */
@Entity
@Table(name = "emergency_access")
class EmergencyAccess {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long participantId;

	@Column(nullable = false)
	private Long grantedTo;

	@Column(nullable = false)
	private String reason;

	@Column(nullable = false)
	private Instant startsAt;

	@Column(nullable = false)
	private Instant endsAt;

	private Instant reviewedAt;

	private Long reviewedBy;

	private String reviewNote;

	protected EmergencyAccess() {
	}

	EmergencyAccess(Long participantId, Long grantedTo, String reason, Instant startsAt, Instant endsAt) {
		this.participantId = participantId;
		this.grantedTo = grantedTo;
		this.reason = reason;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	/** The privacy officer's review: once. */
	void review(Long by, Instant at, String note) {
		if (reviewed()) {
			throw new org.recoveryworks.shared.StateConflict("emergency.review.done", "This emergency access was already reviewed.");
		}
		this.reviewedBy = by;
		this.reviewedAt = at;
		this.reviewNote = note;
	}

	boolean reviewed() {
		return reviewedAt != null;
	}

	Long getId() {
		return id;
	}

	Long getParticipantId() {
		return participantId;
	}

	Long getGrantedTo() {
		return grantedTo;
	}

	String getReason() {
		return reason;
	}

	Instant getStartsAt() {
		return startsAt;
	}

	Instant getEndsAt() {
		return endsAt;
	}
}
