package org.recoveryworks.seekers;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's consent to texts at one number, for what, since when; ended by a STOP reply or in their settings. A new
 * agreement after an end starts a new consent date.
 */
@Entity
@Table(name = "text_consent")
class TextConsent {

	/** How a consent ended. */
	enum Ended {
		STOP_REPLY, SETTINGS, ACCOUNT_CLOSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private Long accountId;

	@Column(nullable = false)
	private String phone;

	@Column(nullable = false)
	private String purposes;

	private boolean alsoEmail;

	private boolean detailed;

	@Column(nullable = false)
	private Instant consentedAt;

	private Instant endedAt;

	private String endedHow;

	@Version
	private long version;

	protected TextConsent() {
	}

	TextConsent(Long accountId) {
		this.accountId = accountId;
	}

	/** Agrees (again) to texts at this number for these purposes: a consent that had ended starts anew, with today's date. */
	void agree(String phone, Set<TextPurpose> purposes, boolean alsoEmail, boolean detailed, Instant now) {
		if (consentedAt == null || !active() || !phone.equals(this.phone)) {
			this.consentedAt = now;
		}
		this.phone = phone;
		this.purposes = purposes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.alsoEmail = alsoEmail;
		this.detailed = detailed;
		this.endedAt = null;
		this.endedHow = null;
	}

	/** Ends the consent (once: a second STOP changes nothing). */
	void end(Ended how, Instant now) {
		if (active()) {
			this.endedAt = now;
			this.endedHow = how.name();
		}
	}

	boolean active() {
		return consentedAt != null && endedAt == null;
	}

	boolean covers(TextPurpose purpose) {
		return active() && getPurposes().contains(purpose);
	}

	Set<TextPurpose> getPurposes() {
		Set<TextPurpose> set = EnumSet.noneOf(TextPurpose.class);
		if (purposes != null && !purposes.isBlank()) {
			for (String p : purposes.split(",")) {
				set.add(TextPurpose.valueOf(p));
			}
		}
		return set;
	}

	Long getAccountId() { return accountId; }
	String getPhone() { return phone; }
	boolean isAlsoEmail() { return alsoEmail; }
	boolean isDetailed() { return detailed; }
	Instant getConsentedAt() { return consentedAt; }
	Instant getEndedAt() { return endedAt; }
	String getEndedHow() { return endedHow; }
}
