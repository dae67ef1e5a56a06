package org.recoveryworks.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A follow-up some months after a job start: due, then recorded as reached or not. */
@Entity
@Table(name = "follow_up")
class FollowUp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long placementId;

	@Column(nullable = false)
	private Long participantId;

	private int months;

	@Column(nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FollowUpOutcome outcome;

	private LocalDate contactedOn;

	private Boolean stillEmployed;

	private Boolean sameJob;

	private BigDecimal hoursPerWeek;

	private BigDecimal hourlyWage;

	private String externalId;

	@Version
	private long version;

	protected FollowUp() {
	}

	FollowUp(Long placementId, Long participantId, int months, LocalDate dueOn) {
		this.placementId = placementId;
		this.participantId = participantId;
		this.months = months;
		this.dueOn = dueOn;
		this.outcome = FollowUpOutcome.DUE;
	}

	void record(FollowUpForm f) {
		this.outcome = f.isReached() ? FollowUpOutcome.REACHED : FollowUpOutcome.NOT_REACHED;
		this.contactedOn = f.getContactedOn();
		boolean reached = f.isReached();
		this.stillEmployed = reached ? f.getStillEmployed() : null;
		this.sameJob = reached && Boolean.TRUE.equals(f.getStillEmployed()) ? f.getSameJob() : null;
		this.hoursPerWeek = reached && Boolean.TRUE.equals(f.getStillEmployed()) ? f.getHoursPerWeek() : null;
		this.hourlyWage = reached && Boolean.TRUE.equals(f.getStillEmployed()) ? f.getHourlyWage() : null;
	}

	void importedAs(String externalId) {
		this.externalId = externalId;
	}

	Long getId() { return id; }
	Long getPlacementId() { return placementId; }
	Long getParticipantId() { return participantId; }
	int getMonths() { return months; }
	LocalDate getDueOn() { return dueOn; }
	FollowUpOutcome getOutcome() { return outcome; }
	LocalDate getContactedOn() { return contactedOn; }
	Boolean getStillEmployed() { return stillEmployed; }
	Boolean getSameJob() { return sameJob; }
	BigDecimal getHoursPerWeek() { return hoursPerWeek; }
	BigDecimal getHourlyWage() { return hourlyWage; }
	String getExternalId() { return externalId; }
	long getVersion() { return version; }
}
