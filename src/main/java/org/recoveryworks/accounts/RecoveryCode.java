package org.recoveryworks.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time code that stands in for the authenticator app (a lost phone); kept as a SHA-256 hash. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long userId;

	@Column(nullable = false)
	private String codeHash;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(Long userId, String codeHash, Instant createdAt) {
		this.userId = userId;
		this.codeHash = codeHash;
		this.createdAt = createdAt;
	}
}
