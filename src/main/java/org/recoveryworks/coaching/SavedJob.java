package org.recoveryworks.coaching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A posting saved to a participant's plan. */
@Entity
@Table(name = "saved_job")
class SavedJob {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long participantId;

	@Column(nullable = false)
	private Long postingId;

	@Column(nullable = false)
	private Instant savedAt;

	@Column(nullable = false)
	private Long savedBy;

	protected SavedJob() {
	}

	SavedJob(Long participantId, Long postingId, Instant savedAt, Long savedBy) {
		this.participantId = participantId;
		this.postingId = postingId;
		this.savedAt = savedAt;
		this.savedBy = savedBy;
	}

	Long getPostingId() { return postingId; }
	Instant getSavedAt() { return savedAt; }
}
