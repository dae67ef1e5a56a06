package org.recoveryworks.consents;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisclosureRepository extends JpaRepository<Disclosure, Long> {

	List<Disclosure> findByParticipantIdAndDisclosedAtAfterOrderByDisclosedAtDesc(Long participantId, Instant after);

	/** Retention: what was sent goes (the entry itself stays, not changed otherwise); by SQL, the entity being read-only. */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query(nativeQuery = true, value = "update disclosure set content = '[]' where participant_id = ?1")
	int eraseContent(Long participantId);
}
