package org.recoveryworks.coaching;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentoringPairingRepository extends JpaRepository<MentoringPairing, Long> {

	List<MentoringPairing> findByParticipantIdOrderByStartedOnDesc(Long participantId);
}
