package org.recoveryworks.coaching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

	List<Participant> findByPrimaryCoachIdOrderByFullNameAsc(Long coachId);

	long countByPrimaryCoachId(Long coachId);

	boolean existsBySeekerAccountId(Long seekerAccountId);

	List<Participant> findByProgramIdAndPrimaryCoachId(Long programId, Long coachId);

	List<Participant> findByProgramIdOrderByFullNameAsc(Long programId);

	Optional<Participant> findFirstBySeekerAccountId(Long seekerAccountId);

	Optional<Participant> findFirstBySeekerAccountIdAndSequesteredAtIsNull(Long seekerAccountId);

	/** Not those of sequestered records: that such an account belongs to a participant is itself hidden. */
	@org.springframework.data.jpa.repository.Query("select p.seekerAccountId from Participant p where p.programId = :programId"
			+ " and p.seekerAccountId is not null and p.sequesteredAt is null")
	List<Long> findLinkedSeekerAccounts(@org.springframework.data.repository.query.Param("programId") Long programId);

	List<Participant> findByInvitedAccountId(Long invitedAccountId);

	List<Participant> findByProgramIdAndExternalIdIsNotNull(Long programId);

	List<Participant> findBySequesteredAtIsNotNullOrderByPseudonymAsc();

	boolean existsByPseudonym(String pseudonym);

	/** Discharged before the cutoff (and not enrolled again since), not yet erased. */
	@org.springframework.data.jpa.repository.Query("select p from Participant p where p.identityErasedAt is null"
			+ " and p.status = org.recoveryworks.coaching.Participant.Status.DISCHARGED and p.dischargedOn < ?1 order by p.id")
	List<Participant> findPastRetention(java.time.LocalDate cutoff, org.springframework.data.domain.Pageable page);

}
