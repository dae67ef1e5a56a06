package org.recoveryworks.coaching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

	List<Participant> findByPrimaryCoachIdOrderByFullNameAsc(Long coachId);

	List<Participant> findByProgramIdOrderByFullNameAsc(Long programId);

	Optional<Participant> findFirstBySeekerAccountId(Long seekerAccountId);

	List<Participant> findByInvitedAccountId(Long invitedAccountId);

	List<Participant> findByProgramIdAndExternalIdIsNotNull(Long programId);

}
