package org.recoveryworks.accounts;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PendingRegistrationRepository extends JpaRepository<PendingRegistration, Long> {

	/** Locks the row, so that one link sent twice at the same moment (a double click) makes one account. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<PendingRegistration> findByTokenHash(String tokenHash);

	Optional<PendingRegistration> readByTokenHash(String tokenHash);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<PendingRegistration> findByEmail(String email);

	@Modifying
	@Query("delete from PendingRegistration p where p.expiresAt < :now")
	int deleteExpired(@Param("now") Instant now);

	@Modifying
	@Query("delete from PendingRegistration p where p.accountId = :accountId")
	void deleteAllOf(@Param("accountId") Long accountId);
}
