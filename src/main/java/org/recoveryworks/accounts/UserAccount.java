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

	/** The language the person reads ("en", "es"), once chosen. */
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private Long organizationId;

	@Column(nullable = false)
	private Instant createdAt;

	private Instant passwordChangedAt;

	private Instant closedAt;

	/** The authenticator key (base32) of two-step sign-in; set when the person confirms a first code. */
	private String totpSecret;

	private Instant totpConfirmedAt;

	private Long totpLastStep;

	private Instant deactivatedAt;

	private Instant lastSignedInAt;

	private Instant accessChangedAt;

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
		this.accessChangedAt = now;
	}

	/**
	 * The person closed their account: nothing that says who they were is left, and nobody can
	 * sign in to it (its password is a random one nobody knows; sessions end).
	 */
	void close(String unusableHash, Instant now) {
		this.email = "closed-account-" + id + "@closed.invalid";
		this.displayName = "(closed account)";
		this.phone = null;
		this.passwordHash = unusableHash;
		this.passwordChangedAt = now;
		this.accessChangedAt = now;
		this.closedAt = now;
		this.totpSecret = null;
		this.totpConfirmedAt = null;
	}

	/** A deactivated account cannot sign in or use its API tokens; its records stay. */
	void deactivate(Instant now) {
		if (deactivatedAt == null) {
			deactivatedAt = now;
		}
	}

	boolean isActive() {
		return deactivatedAt == null && closedAt == null;
	}

	Instant getDeactivatedAt() {
		return deactivatedAt;
	}

	Instant getLastSignedInAt() {
		return lastSignedInAt;
	}

	/** The sessions signed in before now end: their role or program is no longer what they say. */
	void changeRole(Role role, Instant now) {
		this.role = role;
		this.accessChangedAt = now;
	}

	void moveTo(Long organizationId, Instant now) {
		this.organizationId = organizationId;
		this.accessChangedAt = now;
	}

	void endSessions(Instant now) {
		this.accessChangedAt = now;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Role getRole() {
		return role;
	}

	/** Two-step sign-in is set up: the person showed a code from this key. */
	void confirmTwoStep(String secret, Instant now) {
		this.totpSecret = secret;
		this.totpConfirmedAt = now;
	}

	/** Lost phone and recovery codes: the next sign-in sets two-step sign-in up again. */
	void turnOffTwoStep() {
		this.totpSecret = null;
		this.totpConfirmedAt = null;
	}

	boolean hasTwoStep() {
		return totpConfirmedAt != null && totpSecret != null;
	}

	String getTotpSecret() {
		return totpSecret;
	}

	Long getId() {
		return id;
	}

	String getEmail() {
		return email;
	}

	/** The language the person reads, when they chose one the site has. */
	java.util.Optional<java.util.Locale> readsIn() {
		return org.recoveryworks.shared.web.Languages.ofCode(language);
	}

	void chooseLanguage(String language) {
		this.language = language;
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
