package org.recoveryworks.community;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A peer employment support group of a program. */
@Entity
@Table(name = "support_group")
class SupportGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long programId;

	@Column(nullable = false)
	private String name;

	@Column(length = 1000)
	private String purpose;

	private String schedule;

	private String place;

	@Column(nullable = false)
	private Instant createdAt;

	protected SupportGroup() {
	}

	SupportGroup(Long programId, String name, String purpose, String schedule, String place, Instant createdAt) {
		this.programId = programId;
		this.name = name;
		this.purpose = purpose;
		this.schedule = schedule;
		this.place = place;
		this.createdAt = createdAt;
	}

	Long getId() { return id; }
	Long getProgramId() { return programId; }
	String getName() { return name; }
	String getPurpose() { return purpose; }
	String getSchedule() { return schedule; }
	String getPlace() { return place; }
}
