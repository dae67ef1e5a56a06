package org.recoveryworks.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.recoveryworks.jobs.Hire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A job a participant obtained. */
@Entity
@Table(name = "placement")
class Placement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long participantId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PlacementStatus status;

	private Long employerOrganizationId;

	@Column(nullable = false)
	private String employerName;

	@Column(nullable = false)
	private String jobTitle;

	private boolean behavioralHealth;

	private boolean peerRole;

	private boolean fullTime;

	private BigDecimal hoursPerWeek;

	private BigDecimal hourlyWage;

	private boolean healthInsurance;

	private boolean paidLeave;

	private boolean retirement;

	private boolean openToAnyone;

	@Column(nullable = false)
	private String state;

	private boolean competitive;

	@Column(nullable = false)
	private LocalDate startDate;

	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private EndReason endReason;

	private boolean viaJobBank;

	private Long applicationId;

	private String externalId;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Placement() {
	}

	Placement(Long participantId, PlacementStatus status, Instant now) {
		this.participantId = participantId;
		this.status = status;
		this.createdAt = now;
	}

	/** A suggestion pre-filled from a hire in the job bank, for the coach to confirm. */
	static Placement suggestedFrom(Long participantId, Hire hire, String state, LocalDate startDate, Instant now) {
		Placement p = new Placement(participantId, PlacementStatus.SUGGESTED, now);
		p.employerOrganizationId = hire.organizationId();
		p.employerName = hire.organizationName();
		p.jobTitle = hire.jobTitle();
		p.behavioralHealth = hire.behavioralHealth();
		p.peerRole = hire.peerRole();
		p.fullTime = hire.fullTime();
		// Only what the placement form would accept; the coach fills in the rest when confirming.
		p.hoursPerWeek = within(hire.hoursPerWeek(), "0.5", "80");
		p.hourlyWage = within(hire.hourlyWage(), "0", "500");
		p.openToAnyone = true;
		p.state = state;
		p.startDate = startDate;
		p.viaJobBank = true;
		p.applicationId = hire.applicationId();
		return p;
	}

	private static BigDecimal within(BigDecimal value, String min, String max) {
		return value == null || value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0 ? null
				: value.setScale(2, java.math.RoundingMode.HALF_UP);
	}

	void apply(PlacementForm f, BigDecimal minimumWage) {
		this.employerName = f.getEmployerName().trim();
		this.jobTitle = f.getJobTitle().trim();
		this.behavioralHealth = f.isBehavioralHealth();
		this.peerRole = f.isPeerRole();
		this.fullTime = f.isFullTime();
		this.hoursPerWeek = f.getHoursPerWeek();
		this.hourlyWage = f.getHourlyWage();
		this.healthInsurance = f.isHealthInsurance();
		this.paidLeave = f.isPaidLeave();
		this.retirement = f.isRetirement();
		this.openToAnyone = f.isOpenToAnyone();
		this.state = f.getState().trim().toUpperCase(java.util.Locale.ROOT);
		this.startDate = f.getStartDate();
		this.endDate = f.getEndDate();
		this.endReason = f.getEndDate() == null ? null : f.getEndReason();
		this.viaJobBank = f.isViaJobBank() || applicationId != null;
		this.competitive = openToAnyone && hourlyWage != null && hourlyWage.compareTo(minimumWage) >= 0;
	}

	void confirm() {
		this.status = PlacementStatus.CONFIRMED;
	}

	/** A suggested job the coach says is not one: only a suggestion is dismissed. */
	void dismiss() {
		if (status != PlacementStatus.SUGGESTED) {
			throw new org.recoveryworks.shared.StateConflict("placement.dismiss.onlySuggestions", "Only a suggestion can be dismissed.");
		}
		this.status = PlacementStatus.DISMISSED;
	}

	void importedAs(String externalId) {
		this.externalId = externalId;
	}

	Long getId() { return id; }
	Long getParticipantId() { return participantId; }
	PlacementStatus getStatus() { return status; }
	Long getEmployerOrganizationId() { return employerOrganizationId; }
	String getEmployerName() { return employerName; }
	String getJobTitle() { return jobTitle; }
	boolean isBehavioralHealth() { return behavioralHealth; }
	boolean isPeerRole() { return peerRole; }
	boolean isFullTime() { return fullTime; }
	BigDecimal getHoursPerWeek() { return hoursPerWeek; }
	BigDecimal getHourlyWage() { return hourlyWage; }
	boolean isHealthInsurance() { return healthInsurance; }
	boolean isPaidLeave() { return paidLeave; }
	boolean isRetirement() { return retirement; }
	boolean isOpenToAnyone() { return openToAnyone; }
	String getState() { return state; }
	boolean isCompetitive() { return competitive; }
	LocalDate getStartDate() { return startDate; }
	LocalDate getEndDate() { return endDate; }
	EndReason getEndReason() { return endReason; }
	boolean isViaJobBank() { return viaJobBank; }
	Long getApplicationId() { return applicationId; }
	String getExternalId() { return externalId; }
	long getVersion() { return version; }
}
