package org.recoveryworks.outcomes;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlacementRepository extends JpaRepository<Placement, Long> {

	List<Placement> findByParticipantIdAndStatusNotOrderByStartDateDesc(Long participantId, PlacementStatus status);

	List<Placement> findByParticipantIdInAndStatus(Collection<Long> participantIds, PlacementStatus status);

	boolean existsByApplicationId(Long applicationId);

	/** External id and id of the program's imported placements among these external ids. */
	@Query(value = """
			select p.external_id, p.id, p.start_date from placement p join participant pp on pp.id = p.participant_id
			where pp.program_id = :programId and p.external_id in (:externalIds)""", nativeQuery = true)
	List<Object[]> findImported(Long programId, Collection<String> externalIds);
}
