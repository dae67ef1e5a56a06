package org.recoveryworks.community;

import org.recoveryworks.coaching.SessionMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A participant paired with a peer mentor, their meetings, and when the pairing ended. */
@Entity
@Table(name = "mentoring_pairing")
class MentoringPairing {

	/** A meeting of mentor and participant: when, how long, how. */
	@Embeddable
	static class Meeting {

		@Column(name = "met_on", nullable = false)
		private LocalDate metOn;

		@Column(nullable = false)
		private int minutes;

		@Enumerated(EnumType.STRING)
		@Column(nullable = false)
		private SessionMode mode;

		protected Meeting() {
		}

		Meeting(LocalDate metOn, int minutes, SessionMode mode) {
			this.metOn = metOn;
			this.minutes = minutes;
			this.mode = mode;
		}

		public LocalDate getMetOn() { return metOn; }
		public int getMinutes() { return minutes; }
		public SessionMode getMode() { return mode; }
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long participantId;

	@Column(nullable = false)
	private Long mentorId;

	@Column(nullable = false)
	private LocalDate startedOn;

	private LocalDate endedOn;

	private String endReason;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "mentoring_meeting", joinColumns = @JoinColumn(name = "pairing_id"))
	@OrderBy("metOn")
	private List<Meeting> meetings = new ArrayList<>();

	protected MentoringPairing() {
	}

	MentoringPairing(Long participantId, Long mentorId, LocalDate startedOn) {
		this.participantId = participantId;
		this.mentorId = mentorId;
		this.startedOn = startedOn;
	}

	/** A meeting: only while the pairing lasts. */
	void meet(LocalDate on, int minutes, SessionMode mode) {
		requireActive();
		meetings.add(new Meeting(on, minutes, mode));
	}

	/** Ends the pairing: once. */
	void end(LocalDate on, String reason) {
		requireActive();
		this.endedOn = on;
		this.endReason = reason;
	}

	/** Refuses a pairing that has ended. */
	void requireActive() {
		if (!active()) {
			throw new org.recoveryworks.shared.StateConflict("mentoring.ended", "This pairing has ended.");
		}
	}

	boolean active() {
		return endedOn == null;
	}

	Long getId() { return id; }
	Long getParticipantId() { return participantId; }
	Long getMentorId() { return mentorId; }
	LocalDate getStartedOn() { return startedOn; }
	LocalDate getEndedOn() { return endedOn; }
	String getEndReason() { return endReason; }
	List<Meeting> getMeetings() { return meetings; }
}
