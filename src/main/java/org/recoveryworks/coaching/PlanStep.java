package org.recoveryworks.coaching;

import java.time.LocalDate;

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

/** A step of a plan: what, who, by when, and how it stands. */
@Entity
@Table(name = "plan_step")
class PlanStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_version_id")
	private PlanVersion planVersion;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 500)
	private String what;

	@Column(length = 120)
	private String who;

	private LocalDate byWhen;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private StepStatus status;

	protected PlanStep() {
	}

	PlanStep(PlanVersion planVersion, int position, PlanForm.StepForm f) {
		this.planVersion = planVersion;
		this.position = position;
		this.what = f.getWhat().trim();
		this.who = f.getWho() == null || f.getWho().isBlank() ? null : f.getWho().trim();
		this.byWhen = f.getByWhen();
		this.status = f.getStatus() == null ? StepStatus.NOT_STARTED : f.getStatus();
	}

	String getWhat() { return what; }
	String getWho() { return who; }
	LocalDate getByWhen() { return byWhen; }
	StepStatus getStatus() { return status; }
}
