package org.recoveryworks.credentials;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An employer's request, on one application, for the candidate's verified credential summary,
 * and the candidate's answer: which credentials they share, or none. They can change their mind.
 */
@Entity
@Table(name = "credential_share")
class CredentialShare {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private Long applicationId;

	@Column(nullable = false)
	private Long seekerAccountId;

	@Column(nullable = false)
	private Long employerOrganizationId;

	@Column(nullable = false)
	private Long requestedBy;

	@Column(nullable = false)
	private Instant requestedAt;

	private Instant decidedAt;

	private Boolean shared;

	private String trackIds;

	@Version
	private long version;

	protected CredentialShare() {
	}

	CredentialShare(Long applicationId, Long seekerAccountId, Long employerOrganizationId, Long requestedBy, Instant now) {
		this.applicationId = applicationId;
		this.seekerAccountId = seekerAccountId;
		this.employerOrganizationId = employerOrganizationId;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
	}

	void share(List<Long> tracks, Instant now) {
		this.shared = !tracks.isEmpty();
		this.trackIds = tracks.isEmpty() ? null : tracks.stream().map(String::valueOf).collect(Collectors.joining(","));
		this.decidedAt = now;
	}

	void decline(Instant now) {
		this.shared = false;
		this.trackIds = null;
		this.decidedAt = now;
	}

	List<Long> sharedTrackIds() {
		return trackIds == null ? List.of() : Arrays.stream(trackIds.split(",")).map(Long::valueOf).toList();
	}

	Long getId() { return id; }
	Long getApplicationId() { return applicationId; }
	Long getSeekerAccountId() { return seekerAccountId; }
	Instant getRequestedAt() { return requestedAt; }
	Instant getDecidedAt() { return decidedAt; }
	Boolean getShared() { return shared; }
}
