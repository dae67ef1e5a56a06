package org.recoveryworks.coaching;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmergencyAccessRepository extends JpaRepository<EmergencyAccess, Long> {

	/** The grant that is open now for this supervisor and record, if any. */
	Optional<EmergencyAccess> findFirstByParticipantIdAndGrantedToAndStartsAtLessThanEqualAndEndsAtAfterOrderByEndsAtDesc(
			Long participantId, Long grantedTo, Instant now, Instant now2);

	List<EmergencyAccess> findByReviewedAtIsNullOrderByStartsAtAsc();
}
