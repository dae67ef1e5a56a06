package org.recoveryworks.jobs;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "application_stage_change")
class StageChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id")
	private JobApplication application;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Stage stage;

	@Column(nullable = false)
	private Instant changedAt;

	private Long changedBy;

	protected StageChange() {
	}

	StageChange(JobApplication application, Stage stage, Instant changedAt, Long changedBy) {
		this.application = application;
		this.stage = stage;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
	}

	Stage getStage() {
		return stage;
	}

	Instant getChangedAt() {
		return changedAt;
	}
}
