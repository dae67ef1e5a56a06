package org.recoveryworks.coaching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedJobRepository extends JpaRepository<SavedJob, Long> {

	List<SavedJob> findByParticipantIdOrderBySavedAtDesc(Long participantId);

	Optional<SavedJob> findByParticipantIdAndPostingId(Long participantId, Long postingId);
}
