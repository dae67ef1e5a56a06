package org.recoveryworks.coaching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CurriculumRepository extends JpaRepository<Curriculum, Long> {

	List<Curriculum> findByProgramIdOrderByNameAsc(Long programId);
}

interface TrainingEventRepository extends JpaRepository<TrainingEvent, Long> {

	List<TrainingEvent> findByProgramIdOrderByHeldOnDesc(Long programId);
}

interface TrainingRegistrationRepository extends JpaRepository<TrainingRegistration, Long> {

	List<TrainingRegistration> findByEventIdOrderByAttendeeNameAsc(Long eventId);

	List<TrainingRegistration> findByParticipantId(Long participantId);

	Optional<TrainingRegistration> findByEventIdAndParticipantId(Long eventId, Long participantId);
}
