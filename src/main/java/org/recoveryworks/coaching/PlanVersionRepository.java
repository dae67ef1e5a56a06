package org.recoveryworks.coaching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

	Optional<PlanVersion> findFirstByParticipantIdOrderByNumberDesc(Long participantId);

	Optional<PlanVersion> findByParticipantIdAndNumber(Long participantId, int number);

	List<PlanVersion> findByParticipantIdOrderByNumberDesc(Long participantId);
}
