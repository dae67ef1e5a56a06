package org.recoveryworks.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(Long userId);

	Optional<ApiToken> findByIdAndUserId(Long id, Long userId);

	/** Revokes every token of an account that still works; how many. */
	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
	@org.springframework.data.jpa.repository.Query("update ApiToken t set t.revokedAt = :at where t.userId = :userId and t.revokedAt is null")
	int revokeAllOf(@org.springframework.data.repository.query.Param("userId") Long userId,
			@org.springframework.data.repository.query.Param("at") java.time.Instant at);
}
