package org.recoveryworks.coaching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

	List<Participant> findByPrimaryCoachIdOrderByFullNameAsc(Long coachId);

	List<Participant> findByProgramIdOrderByFullNameAsc(Long programId);

	Optional<Participant> findFirstBySeekerAccountId(Long seekerAccountId);

	@org.springframework.data.jpa.repository.Query("select p.seekerAccountId from Participant p where p.programId = :programId"
			+ " and p.seekerAccountId is not null")
	List<Long> findLinkedSeekerAccounts(@org.springframework.data.repository.query.Param("programId") Long programId);

	List<Participant> findByInvitedAccountId(Long invitedAccountId);

	List<Participant> findByProgramIdAndExternalIdIsNotNull(Long programId);

	List<Participant> findBySequesteredAtIsNotNullOrderByPseudonymAsc();

	boolean existsByPseudonym(String pseudonym);

}
