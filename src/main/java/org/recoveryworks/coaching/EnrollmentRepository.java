package org.recoveryworks.coaching;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

	List<Enrollment> findByParticipantIdOrderByEnrolledOnAscIdAsc(Long participantId);

	/** Retention: the notes written at discharge go; the dates and reasons stay. */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update Enrollment e set e.dischargeNote = null where e.participantId = ?1")
	int eraseNotes(Long participantId);
}
