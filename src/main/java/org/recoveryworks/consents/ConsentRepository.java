package org.recoveryworks.consents;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

interface ConsentRepository extends JpaRepository<Consent, Long> {

	List<Consent> findByParticipantIdOrderByIdDesc(Long participantId);

	/** The consent, locked until the transaction ends: a disclosure and a revocation never cross. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Consent c where c.id = :id")
	Optional<Consent> lockById(@Param("id") Long id);
}
