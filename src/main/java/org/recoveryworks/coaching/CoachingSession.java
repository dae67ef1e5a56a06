package org.recoveryworks.coaching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A coaching session: scheduled first, documented after it took place. */
@Entity
@Table(name = "coaching_session")
class CoachingSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long participantId;

	@Column(nullable = false)
	private Long coachId;

	@Column(nullable = false)
	private Instant startsAt;

	@Column(nullable = false)
	private int minutes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionMode mode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionKind kind;

	@Column(length = 500)
	private String topics;

	@Column(length = 200)
	private String goalsTouched;

	@Column(length = 8000)
	private String note;

	@Column(length = 2000)
	private String nextSteps;

	private Instant documentedAt;

	@Column(unique = true)
	private String calendarToken;

	private Instant cancelledAt;

	private String cancelReason;

	private String externalId;

	@Version
	private long version;

	protected CoachingSession() {
	}

	CoachingSession(Long participantId, Long coachId, Instant startsAt, int minutes, SessionMode mode, SessionKind kind) {
		this.participantId = participantId;
		this.coachId = coachId;
		this.startsAt = startsAt;
		this.minutes = minutes;
		this.mode = mode;
		this.kind = kind;
		byte[] bytes = new byte[24];
		new java.security.SecureRandom().nextBytes(bytes);
		this.calendarToken = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Keeps the id of the spreadsheet row this session was imported from. */
	void importedAs(String externalId) {
		this.externalId = externalId;
	}

	/** Cancels a session still to be held: neither documented nor cancelled before. */
	void cancel(String reason, Instant now) {
		if (documentedAt != null || cancelledAt != null) {
			throw new org.recoveryworks.shared.StateConflict("session.cancel.notPossible",
					"Only a session that is neither documented nor cancelled can be cancelled.");
		}
		this.cancelledAt = now;
		this.cancelReason = reason;
	}

	void document(int minutes, SessionMode mode, SessionKind kind, String topics, String goalsTouched, String note,
			String nextSteps, Instant now) {
		this.minutes = minutes;
		this.mode = mode;
		this.kind = kind;
		this.topics = topics;
		this.goalsTouched = goalsTouched;
		this.note = note;
		this.nextSteps = nextSteps;
		this.documentedAt = now;
	}

	Long getId() { return id; }
	Long getParticipantId() { return participantId; }
	Long getCoachId() { return coachId; }
	Instant getStartsAt() { return startsAt; }
	int getMinutes() { return minutes; }
	SessionMode getMode() { return mode; }
	SessionKind getKind() { return kind; }
	String getTopics() { return topics; }
	String getGoalsTouched() { return goalsTouched; }
	String getNote() { return note; }
	String getNextSteps() { return nextSteps; }
	Instant getDocumentedAt() { return documentedAt; }
	String getCalendarToken() { return calendarToken; }
	Instant getCancelledAt() { return cancelledAt; }
	String getCancelReason() { return cancelReason; }
	long getVersion() { return version; }
}
