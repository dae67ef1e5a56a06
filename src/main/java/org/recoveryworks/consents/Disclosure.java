package org.recoveryworks.consents;

import org.recoveryworks.coaching.InformationKind;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Information sent or printed for someone outside the program, under a consent; never changed. */
@Entity
@Immutable
@Table(name = "disclosure")
class Disclosure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long participantId;

	@Column(nullable = false)
	private Long consentId;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String information;

	@Column(nullable = false)
	private String purpose;

	@Column(nullable = false)
	private Long disclosedBy;

	@Column(nullable = false)
	private Instant disclosedAt;

	/** What was disclosed, as the recipient got it (JSON sections). */
	@Column(nullable = false)
	private String content;

	protected Disclosure() {
	}

	Disclosure(Long participantId, Long consentId, String recipient, Set<InformationKind> information, String purpose, Long disclosedBy,
			Instant disclosedAt, String content) {
		this.participantId = participantId;
		this.consentId = consentId;
		this.recipient = recipient;
		this.information = information.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.purpose = purpose;
		this.disclosedBy = disclosedBy;
		this.disclosedAt = disclosedAt;
		this.content = content;
	}

	Long getId() {
		return id;
	}

	Long getParticipantId() {
		return participantId;
	}

	String getContent() {
		return content;
	}

	Consents.DisclosureView toView() {
		Set<InformationKind> kinds = java.util.Arrays.stream(information.split(",")).map(InformationKind::valueOf)
			.collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(InformationKind.class)));
		return new Consents.DisclosureView(id, participantId, consentId, recipient, kinds, purpose, disclosedAt);
	}
}
