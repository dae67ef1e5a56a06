package org.recoveryworks.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A registration waiting for the person to open the link e-mailed to its address. One per address: a
 * newer registration of the address takes this row over (its earlier link stops working). Once used, it
 * keeps only which account it made, until it expires, so the same link sent again answers "already finished".
 */
@Entity
@Table(name = "pending_registration")
class PendingRegistration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String tokenHash;

	@Column(nullable = false, unique = true)
	private String email;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role kind;

	private String details;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private Instant usedAt;

	private Long accountId;

	protected PendingRegistration() {
	}

	PendingRegistration(String email) {
		this.email = email;
	}

	/** Starts over with a new link, password and form: whatever this row held before is gone. */
	void renew(String tokenHash, String passwordHash, Role kind, String details, Instant now, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.passwordHash = passwordHash;
		this.kind = kind;
		this.details = details;
		this.createdAt = now;
		this.expiresAt = expiresAt;
		this.usedAt = null;
		this.accountId = null;
	}

	boolean usableAt(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	/** The account is made: the password hash and the form are not needed here any more. */
	void use(Long accountId, Instant now) {
		this.usedAt = now;
		this.accountId = accountId;
		this.passwordHash = null;
		this.details = null;
	}

	String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Role getKind() {
		return kind;
	}

	String getDetails() {
		return details;
	}

	Instant getUsedAt() {
		return usedAt;
	}

	Long getAccountId() {
		return accountId;
	}
}
