package org.recoveryworks.community;

import java.math.BigDecimal;
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

/** A workshop, webinar, conference or course session. */
@Entity
@Table(name = "training_event")
class TrainingEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long programId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TrainingKind kind;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false)
	private BigDecimal hours;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Audience audience;

	private Long moduleId;

	@Column(nullable = false)
	private Instant createdAt;

	protected TrainingEvent() {
	}

	TrainingEvent(Long programId, TrainingForm f, Instant now) {
		this.programId = programId;
		this.kind = f.getKind();
		this.title = f.getTitle().trim();
		this.heldOn = f.getHeldOn();
		this.hours = f.getHours();
		this.audience = f.getAudience();
		this.moduleId = f.getModuleId();
		this.createdAt = now;
	}

	Long getId() { return id; }
	Long getProgramId() { return programId; }
	TrainingKind getKind() { return kind; }
	String getTitle() { return title; }
	LocalDate getHeldOn() { return heldOn; }
	BigDecimal getHours() { return hours; }
	Audience getAudience() { return audience; }
	Long getModuleId() { return moduleId; }
}
