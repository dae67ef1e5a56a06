package org.recoveryworks.coaching;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

	List<Enrollment> findByParticipantIdOrderByEnrolledOnAscIdAsc(Long participantId);
}
