package org.recoveryworks.outcomes;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BenefitsChangeRepository extends JpaRepository<BenefitsChange, Long> {

	List<BenefitsChange> findByParticipantIdOrderByChangedOnAscIdAsc(Long participantId);

	@Query(value = """
			select b.external_id from benefits_change b join participant pp on pp.id = b.participant_id
			where pp.program_id = :programId and b.external_id in (:externalIds)""", nativeQuery = true)
	List<String> findImportedExternalIds(Long programId, Collection<String> externalIds);
}
