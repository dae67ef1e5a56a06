package org.recoveryworks.community;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MentoringPairingRepository extends JpaRepository<MentoringPairing, Long> {

	List<MentoringPairing> findByParticipantIdOrderByStartedOnDesc(Long participantId);
}
