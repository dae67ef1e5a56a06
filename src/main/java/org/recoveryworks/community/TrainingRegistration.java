package org.recoveryworks.community;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone registered for a training: attended or not, completed or not. */
@Entity
@Table(name = "training_registration")
class TrainingRegistration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long eventId;

	private Long participantId;

	/** A staff member of the program registered by account (participants are registered by record). */
	private Long accountId;

	@Column(nullable = false)
	private String attendeeName;

	@Column(nullable = false)
	private Instant registeredAt;

	@Column(nullable = false)
	private boolean attended;

	private Instant completedAt;

	@Version
	private long version;

	protected TrainingRegistration() {
	}

	TrainingRegistration(Long eventId, Long participantId, String attendeeName, Instant now) {
		this.eventId = eventId;
		this.participantId = participantId;
		this.attendeeName = attendeeName;
		this.registeredAt = now;
	}

	static TrainingRegistration ofStaff(Long eventId, Long accountId, String name, Instant now) {
		TrainingRegistration r = new TrainingRegistration(eventId, null, name, now);
		r.accountId = accountId;
		return r;
	}

	void record(boolean attended, boolean completed, Instant now) {
		this.attended = attended || completed;
		this.completedAt = completed ? (completedAt != null ? completedAt : now) : null;
	}

	Long getId() { return id; }
	Long getEventId() { return eventId; }
	Long getParticipantId() { return participantId; }
	Long getAccountId() { return accountId; }
	String getAttendeeName() { return attendeeName; }
	boolean isAttended() { return attended; }
	Instant getCompletedAt() { return completedAt; }
}
