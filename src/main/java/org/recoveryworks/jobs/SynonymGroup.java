package org.recoveryworks.jobs;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Words job seekers use for the same kind of work ("peer support", "recovery coach", "peer mentor"): a search with one
 * also finds postings that use another. A group that names peer work also finds every posting marked as a peer role.
 */
@Entity
@Table(name = "search_synonym_group")
class SynonymGroup {

	/** How the phrases are kept: one text, the phrases apart by commas. */
	static final String SEPARATOR = ", ";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 2000)
	private String phrases;

	private boolean peerRoles;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected SynonymGroup() {
	}

	SynonymGroup(List<String> phrases, boolean peerRoles, Instant createdAt) {
		change(phrases, peerRoles);
		this.createdAt = createdAt;
	}

	void change(List<String> phrases, boolean peerRoles) {
		this.phrases = String.join(SEPARATOR, phrases);
		this.peerRoles = peerRoles;
	}

	/** The phrases in lower case, as kept. */
	List<String> phrases() {
		return Arrays.stream(phrases.split(",")).map(p -> p.trim().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty()).toList();
	}

	Long getId() {
		return id;
	}

	boolean isPeerRoles() {
		return peerRoles;
	}

	long getVersion() {
		return version;
	}
}
