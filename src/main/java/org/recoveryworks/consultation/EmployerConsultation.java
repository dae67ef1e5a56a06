package org.recoveryworks.consultation;

import org.recoveryworks.shared.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consultation with an employer: topics, who took part, what was agreed, a follow-up. */
@Entity
@Table(name = "employer_consultation")
class EmployerConsultation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long programId;

	@Column(nullable = false)
	private String employerName;

	@Column(nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false)
	private String topics;

	@Column(length = 1000)
	private String tookPart;

	@Column(length = 4000)
	private String agreed;

	private LocalDate followUpOn;

	@Column(nullable = false)
	private boolean followUpDone;

	@Column(nullable = false)
	private Long createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	protected EmployerConsultation() {
	}

	EmployerConsultation(Long programId, ConsultationForm f, Long createdBy, Instant now) {
		this.programId = programId;
		this.employerName = f.getEmployerName().trim();
		this.heldOn = f.getHeldOn();
		this.topics = f.getTopics().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.tookPart = Text.trimToNull(f.getTookPart());
		this.agreed = Text.trimToNull(f.getAgreed());
		this.followUpOn = f.getFollowUpOn();
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void followedUp() {
		this.followUpDone = true;
	}

	Set<ConsultationTopic> topicSet() {
		EnumSet<ConsultationTopic> set = EnumSet.noneOf(ConsultationTopic.class);
		Arrays.stream(topics.split(",")).filter(s -> !s.isBlank()).map(ConsultationTopic::valueOf).forEach(set::add);
		return set;
	}

	Long getId() { return id; }
	Long getProgramId() { return programId; }
	String getEmployerName() { return employerName; }
	LocalDate getHeldOn() { return heldOn; }
	String getTookPart() { return tookPart; }
	String getAgreed() { return agreed; }
	LocalDate getFollowUpOn() { return followUpOn; }
	boolean isFollowUpDone() { return followUpDone; }
}
