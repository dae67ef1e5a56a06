package org.recoveryworks.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisclosureRepository extends JpaRepository<Disclosure, Long> {

	List<Disclosure> findByParticipantIdAndDisclosedAtAfterOrderByDisclosedAtDesc(Long participantId, Instant after);
}
