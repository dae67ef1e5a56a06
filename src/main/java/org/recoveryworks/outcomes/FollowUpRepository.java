package org.recoveryworks.outcomes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

	List<FollowUp> findByParticipantIdOrderByDueOnAsc(Long participantId);

	List<FollowUp> findByParticipantIdInAndOutcomeAndDueOnLessThanEqualOrderByDueOnAsc(Collection<Long> participantIds,
			FollowUpOutcome outcome, LocalDate dueBy);

	Optional<FollowUp> findByPlacementIdAndMonths(Long placementId, int months);

	List<FollowUp> findByPlacementId(Long placementId);

	@Query(value = """
			select f.external_id from follow_up f join participant pp on pp.id = f.participant_id
			where pp.program_id = :programId and f.external_id in (:externalIds)""", nativeQuery = true)
	List<String> findImportedExternalIds(Long programId, Collection<String> externalIds);
}
