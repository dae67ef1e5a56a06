package org.recoveryworks.accounts;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

	/** Locks the row, so that two uses of one link at the same moment cannot both succeed. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<PasswordResetToken> findByTokenHash(String tokenHash);

	Optional<PasswordResetToken> readByTokenHash(String tokenHash);

	java.util.List<PasswordResetToken> findByUserIdAndUsedAtIsNull(Long userId);

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("delete from PasswordResetToken t where t.userId = :userId")
	void deleteAllOf(@org.springframework.data.repository.query.Param("userId") Long userId);
}
