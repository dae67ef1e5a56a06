package org.recoveryworks.coaching;

import org.recoveryworks.shared.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "participant")
class Participant {

	enum Status {
		ACTIVE, DISCHARGED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long programId;

	@Column(nullable = false)
	private Long primaryCoachId;

	private Long seekerAccountId;

	private Long invitedAccountId;

	@Column(nullable = false)
	private String fullName;

	/** When the record was sequestered (the person is or was on the staff); null when it is not. */
	private Instant sequesteredAt;

	/** The name the record goes by while sequestered. */
	private String pseudonym;

	/** When who the person was got erased, after the retention period; null while it is kept. */
	private Instant identityErasedAt;

	private String preferredName;

	private String phone;

	private String email;

	private String town;

	private String zip;

	private String language;

	@Column(nullable = false)
	private LocalDate enrolledOn;

	private String referralSource;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EmploymentStatus employmentStatus;

	@Column(nullable = false)
	private String benefits;

	@Column(length = 4000)
	private String ownGoals;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	private LocalDate dischargedOn;

	@Enumerated(EnumType.STRING)
	private DischargeReason dischargeReason;

	@Column(length = 1000)
	private String dischargeNote;

	@Column(nullable = false)
	private Instant createdAt;

	private String externalId;

	@Version
	private long version;

	protected Participant() {
	}

	Participant(Long programId, Long primaryCoachId, Instant now) {
		this.programId = programId;
		this.primaryCoachId = primaryCoachId;
		this.status = Status.ACTIVE;
		this.createdAt = now;
	}

	void apply(ParticipantForm f) {
		this.fullName = f.getFullName().trim();
		this.preferredName = Text.trimToNull(f.getPreferredName());
		this.phone = Text.trimToNull(f.getPhone());
		this.email = Text.trimToNull(f.getEmail());
		this.town = Text.trimToNull(f.getTown());
		this.zip = Text.trimToNull(f.getZip());
		this.language = Text.trimToNull(f.getLanguage());
		this.enrolledOn = f.getEnrolledOn();
		this.referralSource = Text.trimToNull(f.getReferralSource());
		this.employmentStatus = f.getEmploymentStatus();
		this.benefits = f.getBenefits().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.ownGoals = Text.trimToNull(f.getOwnGoals());
	}

	/** Keeps the id of the spreadsheet row this record was imported from. */
	void importedAs(String externalId) {
		this.externalId = externalId;
	}

	void assignTo(Long coachId) {
		this.primaryCoachId = coachId;
	}

	/** Ends the enrollment: only while the person is enrolled. */
	void discharge(LocalDate on, DischargeReason reason, String note) {
		if (status != Status.ACTIVE) {
			throw new org.recoveryworks.shared.StateConflict("participant.alreadyDischarged", "This person is already discharged.");
		}
		this.status = Status.DISCHARGED;
		this.dischargedOn = on;
		this.dischargeReason = reason;
		this.dischargeNote = Text.trimToNull(note);
	}

	/** Enrolls a discharged person again: the one way back from a discharge. */
	void reenroll(LocalDate on) {
		if (status != Status.DISCHARGED) {
			throw new org.recoveryworks.shared.StateConflict("participant.alreadyActive", "This person is already enrolled.");
		}
		this.status = Status.ACTIVE;
		this.enrolledOn = on;
		this.dischargedOn = null;
		this.dischargeReason = null;
		this.dischargeNote = null;
	}

	void invite(Long accountId) {
		this.invitedAccountId = accountId;
	}

	/** The invited person agreed: their account now shows them their plan. */
	void acceptInvitation() {
		requireInvited();
		this.seekerAccountId = invitedAccountId;
		this.invitedAccountId = null;
	}

	/** The person ends the link: only while there is one. */
	void unlink() {
		if (seekerAccountId == null) {
			throw new org.recoveryworks.shared.StateConflict("invite.notLinked", "This record is not linked to an account.");
		}
		this.seekerAccountId = null;
	}

	/** The invited person said no: only while the invitation waits. */
	void declineInvitation() {
		requireInvited();
		this.invitedAccountId = null;
	}

	private void requireInvited() {
		if (invitedAccountId == null) {
			throw new org.recoveryworks.shared.StateConflict("invite.notInvited", "There is no invitation waiting for an answer.");
		}
	}

	Set<Benefit> benefitSet() {
		EnumSet<Benefit> set = EnumSet.noneOf(Benefit.class);
		if (benefits != null && !benefits.isBlank()) {
			Arrays.stream(benefits.split(",")).map(Benefit::valueOf).forEach(set::add);
		}
		return set;
	}

	Long getId() { return id; }
	Long getProgramId() { return programId; }
	Long getPrimaryCoachId() { return primaryCoachId; }
	Long getSeekerAccountId() { return seekerAccountId; }
	Long getInvitedAccountId() { return invitedAccountId; }
	String getFullName() { return fullName; }
	String getPreferredName() { return preferredName; }
	String getPhone() { return phone; }
	String getEmail() { return email; }
	String getTown() { return town; }
	String getZip() { return zip; }
	String getLanguage() { return language; }
	LocalDate getEnrolledOn() { return enrolledOn; }
	String getReferralSource() { return referralSource; }
	EmploymentStatus getEmploymentStatus() { return employmentStatus; }
	String getOwnGoals() { return ownGoals; }
	Status getStatus() { return status; }
	LocalDate getDischargedOn() { return dischargedOn; }
	DischargeReason getDischargeReason() { return dischargeReason; }
	String getDischargeNote() { return dischargeNote; }
	long getVersion() { return version; }
	String getExternalId() { return externalId; }

	/** The retention period after discharge passed: who the person was is erased; dates and outcomes stay. */
	void eraseIdentity(Instant now) {
		this.fullName = "(erased record " + id + ")";
		this.preferredName = null;
		this.phone = null;
		this.email = null;
		this.town = null;
		this.zip = null;
		this.referralSource = null;
		this.ownGoals = null;
		this.dischargeNote = null;
		this.seekerAccountId = null;
		this.invitedAccountId = null;
		this.identityErasedAt = now;
	}

	/** The name the record goes by: the pseudonym while sequestered. */
	String displayName() {
		return sequesteredAt != null ? pseudonym : realDisplayName();
	}

	/** The name to use with the person themselves (in mail to them). */
	String realDisplayName() {
		return preferredName != null ? preferredName : fullName;
	}

	boolean isSequestered() {
		return sequesteredAt != null;
	}

	String getPseudonym() {
		return pseudonym;
	}

	Instant getSequesteredAt() {
		return sequesteredAt;
	}

	/** Marks the record sequestered: once; only the privacy officer's lift undoes it. */
	void sequester(String pseudonym, Instant at) {
		requireNotSequestered();
		this.pseudonym = pseudonym;
		this.sequesteredAt = at;
	}

	/** Refuses a record that is already sequestered. */
	void requireNotSequestered() {
		if (sequesteredAt != null) {
			throw new org.recoveryworks.shared.StateConflict("sequester.already", "This record is already sequestered.");
		}
	}

	/** The way back from a sequestration: only from one. */
	void liftSequestration() {
		if (sequesteredAt == null) {
			throw new org.recoveryworks.shared.StateConflict("sequester.notSequestered", "This record is not sequestered.");
		}
		this.sequesteredAt = null;
		this.pseudonym = null;
	}
}
