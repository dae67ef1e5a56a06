package org.recoveryworks.consents;

import org.recoveryworks.coaching.InformationKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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

/** A participant's written consent to disclose some of their information to one recipient (42 CFR 2.31). */
@Entity
@Table(name = "consent")
class Consent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false)
	private Long participantId;

	@Column(nullable = false)
	private Long programId;

	@Column(nullable = false)
	private String discloser;

	@Column(nullable = false)
	private String information;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private String recipientName;

	private String recipientOrganization;

	private String recipientContact;

	@Column(nullable = false)
	private String purpose;

	private LocalDate expiresOn;

	private String expiryEvent;

	/** Typed by the signer; empty when the consent was signed on paper (see the signed form). */
	private String signedBy;

	private String signedFormKey;

	private String signedFormName;

	private String signedFormType;

	@Column(nullable = false)
	private LocalDate signedOn;

	@Column(nullable = false)
	private boolean toldRightToRevoke;

	@Column(nullable = false)
	private Long recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	private LocalDate revokedOn;

	private Long revokedBy;

	private Instant revokedAt;

	private String revocationNote;

	protected Consent() {
	}

	Consent(Long participantId, Long programId, Consents.ConsentDetails d, Long recordedBy, Instant recordedAt) {
		this.participantId = participantId;
		this.programId = programId;
		this.discloser = d.discloser().trim();
		this.information = d.information().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.description = d.description().trim();
		this.recipientName = d.recipientName().trim();
		this.recipientOrganization = blankToNull(d.recipientOrganization());
		this.recipientContact = blankToNull(d.recipientContact());
		this.purpose = d.purpose().trim();
		this.expiresOn = d.expiresOn();
		this.expiryEvent = blankToNull(d.expiryEvent());
		this.signedBy = blankToNull(d.signedBy());
		this.signedOn = d.signedOn();
		this.toldRightToRevoke = d.toldRightToRevoke();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** Retention: the signer's name, the description and the scan go; recipient, purpose and dates stay. */
	void erasePersonal() {
		this.signedBy = null;
		this.description = "(erased)";
		this.signedFormKey = null;
		this.signedFormName = null;
		this.signedFormType = null;
	}

	/** The scan of the form signed on paper. */
	void attachSignedForm(String key, String name, String contentType) {
		this.signedFormKey = key;
		this.signedFormName = name;
		this.signedFormType = contentType;
	}

	Consents.SignedForm signedForm() {
		return signedFormKey == null ? null : new Consents.SignedForm(signedFormKey, signedFormName, signedFormType);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	Set<InformationKind> information() {
		Set<InformationKind> kinds = EnumSet.noneOf(InformationKind.class);
		Arrays.stream(information.split(",")).filter(s -> !s.isBlank()).map(InformationKind::valueOf).forEach(kinds::add);
		return kinds;
	}

	/** Active on a day: signed, not revoked, not past its expiry date. */
	boolean activeOn(LocalDate day) {
		return revokedOn == null && !signedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
	}

	/** Revokes the consent: once; a revoked consent stays revoked (a new one is signed instead). */
	void revoke(LocalDate on, Long by, Instant at, String note) {
		if (revokedOn != null) {
			throw new org.recoveryworks.shared.StateConflict("consent.alreadyRevoked", "This consent was already revoked.");
		}
		this.revokedOn = on;
		this.revokedBy = by;
		this.revokedAt = at;
		this.revocationNote = note == null || note.isBlank() ? null : note.trim();
	}

	boolean revoked() {
		return revokedOn != null;
	}

	/** Who receives a disclosure under this consent, as written on it. */
	String recipient() {
		return recipientName + (recipientOrganization == null ? "" : ", " + recipientOrganization);
	}

	Long getId() {
		return id;
	}

	Long getParticipantId() {
		return participantId;
	}

	String getPurpose() {
		return purpose;
	}

	Consents.ConsentView toView(LocalDate today) {
		return new Consents.ConsentView(id, participantId, discloser, information(), description, recipientName, recipientOrganization,
				recipientContact, purpose, expiresOn, expiryEvent, signedBy, signedOn, toldRightToRevoke, recordedAt, revokedOn,
				revocationNote, activeOn(today), signedFormName);
	}
}
