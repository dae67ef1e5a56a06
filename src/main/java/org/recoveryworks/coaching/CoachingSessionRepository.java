package org.recoveryworks.coaching;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoachingSessionRepository extends JpaRepository<CoachingSession, Long> {

	List<CoachingSession> findByParticipantIdOrderByStartsAtDesc(Long participantId);

	List<CoachingSession> findByParticipantIdInAndDocumentedAtIsNullAndCancelledAtIsNullOrderByStartsAtAsc(List<Long> participantIds);

	List<CoachingSession> findByStartsAtBetweenAndDocumentedAtIsNullAndCancelledAtIsNull(Instant from, Instant to);

	java.util.Optional<CoachingSession> findByCalendarToken(String calendarToken);

	@org.springframework.data.jpa.repository.Query("""
			select s.externalId from CoachingSession s, Participant p
			where s.participantId = p.id and p.programId = :programId and s.externalId in :externalIds""")
	List<String> findImportedExternalIds(Long programId, java.util.Collection<String> externalIds);

	/** Retention: what was written about the sessions goes; when, how long and what kind stay. */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update CoachingSession s set s.note = null, s.topics = null, s.nextSteps = null,"
			+ " s.goalsTouched = null, s.cancelReason = null where s.participantId = ?1")
	int eraseNotes(Long participantId);
}
