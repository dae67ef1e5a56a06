package org.recoveryworks.jobs;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A posting a job seeker saved to come back to. */
@Entity
@Table(name = "saved_posting")
class SavedPosting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long accountId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "posting_id")
	private Posting posting;

	@Column(nullable = false)
	private Instant savedAt;

	protected SavedPosting() {
	}

	SavedPosting(Long accountId, Posting posting, Instant now) {
		this.accountId = accountId;
		this.posting = posting;
		this.savedAt = now;
	}

	Long getId() { return id; }
	Long getAccountId() { return accountId; }
	Posting getPosting() { return posting; }
	Instant getSavedAt() { return savedAt; }
}
