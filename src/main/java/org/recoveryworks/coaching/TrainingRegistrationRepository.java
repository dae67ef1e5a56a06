package org.recoveryworks.coaching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingRegistrationRepository extends JpaRepository<TrainingRegistration, Long> {

	List<TrainingRegistration> findByEventIdOrderByAttendeeNameAsc(Long eventId);

	List<TrainingRegistration> findByParticipantId(Long participantId);

	Optional<TrainingRegistration> findByEventIdAndParticipantId(Long eventId, Long participantId);
}
