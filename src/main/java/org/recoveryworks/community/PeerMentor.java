package org.recoveryworks.community;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A peer mentor of a program: a person in recovery who is working. */
@Entity
@Table(name = "peer_mentor")
class PeerMentor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long programId;

	@Column(nullable = false)
	private String name;

	private String work;

	private String phone;

	private String email;

	@Column(nullable = false)
	private Instant createdAt;

	protected PeerMentor() {
	}

	PeerMentor(Long programId, String name, String work, String phone, String email, Instant createdAt) {
		this.programId = programId;
		this.name = name;
		this.work = work;
		this.phone = phone;
		this.email = email;
		this.createdAt = createdAt;
	}

	Long getId() { return id; }
	Long getProgramId() { return programId; }
	String getName() { return name; }
	String getWork() { return work; }
	String getPhone() { return phone; }
	String getEmail() { return email; }
}
