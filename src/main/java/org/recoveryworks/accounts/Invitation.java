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
 * An invitation to join a program's staff, an employer's team or the deployment's administration:
 * a single-use link that expires. While it waits, it holds its address in {@code pendingEmail}
 * (unique), so one address has at most one waiting invitation.
 */
@Entity
@Table(name = "invitation")
class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String tokenHash;

	@Column(nullable = false)
	private String email;

	private String pendingEmail;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private Long organizationId;

	@Column(nullable = false)
	private Long invitedBy;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private Instant acceptedAt;

	private Long accountId;

	private Instant withdrawnAt;

	protected Invitation() {
	}

	Invitation(String tokenHash, String email, Role role, Long organizationId, Long invitedBy, Instant now, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.email = email;
		this.pendingEmail = email;
		this.role = role;
		this.organizationId = organizationId;
		this.invitedBy = invitedBy;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	/** Waiting to be accepted: not accepted, withdrawn or expired. */
	boolean usableAt(Instant now) {
		return acceptedAt == null && withdrawnAt == null && now.isBefore(expiresAt);
	}

	void accept(Long accountId, Instant now) {
		this.acceptedAt = now;
		this.accountId = accountId;
		this.pendingEmail = null;
	}

	/** Withdrawn by its organization, replaced by a new one, or found expired: its address is free again. */
	void withdraw(Instant now) {
		if (acceptedAt == null && withdrawnAt == null) {
			this.withdrawnAt = now;
		}
		this.pendingEmail = null;
	}

	Long getId() {
		return id;
	}

	String getEmail() {
		return email;
	}

	Role getRole() {
		return role;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Long getInvitedBy() {
		return invitedBy;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}
}
