package org.recoveryworks.accounts;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	long countByUserIdAndUsedAtIsNull(Long userId);

	/** Uses a code once: 1 when this request used it, 0 when it is unknown or already used. */
	@Modifying
	@Query("update RecoveryCode c set c.usedAt = :now where c.userId = :userId and c.codeHash = :hash and c.usedAt is null")
	int use(@Param("userId") Long userId, @Param("hash") String hash, @Param("now") Instant now);

	@Modifying
	@Query("delete from RecoveryCode c where c.userId = :userId")
	void deleteAllOf(@Param("userId") Long userId);
}
