package org.recoveryworks.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	/** When the account's password last changed (or the account was made); nothing when the account is gone or deactivated. */
	@org.springframework.data.jpa.repository.Query("select coalesce(u.accessChangedAt, u.passwordChangedAt, u.createdAt) from UserAccount u where u.id = :id and u.deactivatedAt is null")
	Optional<java.time.Instant> findPasswordChangedAt(@org.springframework.data.repository.query.Param("id") Long id);

	/**
	 * Marks a step's code as used, unless it (or a later one) already was: a code signs in once,
	 * even when two requests bring it at the same moment. 1 when this request may use it.
	 */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update UserAccount u set u.totpLastStep = :step where u.id = :id "
			+ "and (u.totpLastStep is null or u.totpLastStep < :step)")
	int useTotpStep(@org.springframework.data.repository.query.Param("id") Long id,
			@org.springframework.data.repository.query.Param("step") long step);

	boolean existsByEmail(String email);

	@org.springframework.transaction.annotation.Transactional
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("update UserAccount u set u.lastSignedInAt = :at where u.id = :id")
	int signedIn(@org.springframework.data.repository.query.Param("id") Long id,
			@org.springframework.data.repository.query.Param("at") java.time.Instant at);

	List<UserAccount> findByOrganizationIdOrderByDisplayNameAsc(Long organizationId);

	List<UserAccount> findByRoleInOrderByDisplayNameAsc(java.util.Collection<Role> roles);

	long countByRole(Role role);

	List<UserAccount> findByOrganizationId(Long organizationId);
}
