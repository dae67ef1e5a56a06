package org.recoveryworks.coaching;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One enrollment period of a participant; re-enrollment starts another and keeps this one. */
@Entity
@Table(name = "enrollment")
class Enrollment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long participantId;

	@Column(nullable = false)
	private LocalDate enrolledOn;

	private LocalDate dischargedOn;

	@Enumerated(EnumType.STRING)
	private DischargeReason dischargeReason;

	@Column(length = 1000)
	private String dischargeNote;

	protected Enrollment() {
	}

	Enrollment(Long participantId, LocalDate enrolledOn) {
		this.participantId = participantId;
		this.enrolledOn = enrolledOn;
	}

	void end(LocalDate on, DischargeReason reason, String note) {
		this.dischargedOn = on;
		this.dischargeReason = reason;
		this.dischargeNote = note;
	}

	void startOn(LocalDate on) {
		this.enrolledOn = on;
	}

	boolean isOpen() {
		return dischargedOn == null;
	}

	LocalDate getEnrolledOn() { return enrolledOn; }
	LocalDate getDischargedOn() { return dischargedOn; }
	DischargeReason getDischargeReason() { return dischargeReason; }
	String getDischargeNote() { return dischargeNote; }
}
