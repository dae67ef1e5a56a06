package org.recoveryworks.community;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrainingRegistrationRepository extends JpaRepository<TrainingRegistration, Long> {

	List<TrainingRegistration> findByEventIdOrderByAttendeeNameAsc(Long eventId);

	List<TrainingRegistration> findByParticipantId(Long participantId);

	/** The name a participant's registrations show (their pseudonym while their record is sequestered). */
	@org.springframework.data.jpa.repository.Modifying
	@Query("update TrainingRegistration r set r.attendeeName = :name where r.participantId = :participantId")
	int renameParticipant(@Param("participantId") Long participantId, @Param("name") String name);

	Optional<TrainingRegistration> findByEventIdAndParticipantId(Long eventId, Long participantId);

	Optional<TrainingRegistration> findByEventIdAndAccountId(Long eventId, Long accountId);

	/** Completed trainings of a person: registered by account, or through the participant record linked to that account. */
	@Query("select r from TrainingRegistration r where r.completedAt is not null and (r.accountId = :accountId"
			+ " or r.participantId = :participantId)")
	List<TrainingRegistration> findCompletedBy(@Param("accountId") Long accountId, @Param("participantId") Long participantId);
}
