package org.recoveryworks.coaching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

	Optional<PlanVersion> findFirstByParticipantIdOrderByNumberDesc(Long participantId);

	Optional<PlanVersion> findByParticipantIdAndNumber(Long participantId, int number);

	List<PlanVersion> findByParticipantIdOrderByNumberDesc(Long participantId);

	/** Retention: the plan's words go; that there was a plan, and when it was agreed, stay. */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update PlanVersion v set v.employmentGoal = null, v.educationGoal = null,"
			+ " v.communityGoal = null, v.naturalSupportsGoal = null, v.wellnessGoal = null, v.strengths = null, v.supports = null,"
			+ " v.barriers = null, v.strategies = null, v.preferredWork = null, v.preferredPlace = null where v.participantId = ?1")
	int eraseWords(Long participantId);

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update PlanStep s set s.what = '(erased)', s.who = null"
			+ " where s.planVersion.id in (select v.id from PlanVersion v where v.participantId = ?1)")
	int eraseSteps(Long participantId);
}
