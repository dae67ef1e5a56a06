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

@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private String displayName;

	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private Long organizationId;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant passwordChangedAt;

	protected UserAccount() {
	}

	UserAccount(String email, String passwordHash, String displayName, String phone, Role role, Long organizationId,
			Instant createdAt) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.phone = phone;
		this.role = role;
		this.organizationId = organizationId;
		this.createdAt = createdAt;
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
	}

	Long getId() {
		return id;
	}

	String getEmail() {
		return email;
	}

	String getPhone() {
		return phone;
	}

	String getDisplayName() {
		return displayName;
	}

	AccountUser toAccountUser() {
		return new AccountUser(id, email, displayName, role, organizationId, passwordHash);
	}
}
