package org.recoveryworks.outcomes;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated change in a participant's SSI or SSDI, with its reason. Kept as history: never edited. */
@Entity
@Table(name = "benefits_change")
class BenefitsChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long participantId;

	@Column(nullable = false)
	private LocalDate changedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BenefitProgram benefit;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_kind", nullable = false)
	private BenefitChangeKind change;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BenefitChangeReason reason;

	private String externalId;

	@Column(nullable = false)
	private Instant createdAt;

	protected BenefitsChange() {
	}

	BenefitsChange(Long participantId, LocalDate changedOn, BenefitProgram benefit, BenefitChangeKind change,
			BenefitChangeReason reason, String externalId, Instant now) {
		this.participantId = participantId;
		this.changedOn = changedOn;
		this.benefit = benefit;
		this.change = change;
		this.reason = reason;
		this.externalId = externalId;
		this.createdAt = now;
	}

	Long getId() { return id; }
	Long getParticipantId() { return participantId; }
	LocalDate getChangedOn() { return changedOn; }
	BenefitProgram getBenefit() { return benefit; }
	BenefitChangeKind getChange() { return change; }
	BenefitChangeReason getReason() { return reason; }
}
