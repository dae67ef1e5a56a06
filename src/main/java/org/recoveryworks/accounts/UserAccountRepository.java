package org.recoveryworks.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	@org.springframework.data.jpa.repository.Query("select u.passwordChangedAt from UserAccount u where u.id = :id")
	Optional<java.time.Instant> findPasswordChangedAt(@org.springframework.data.repository.query.Param("id") Long id);

	boolean existsByEmail(String email);

	long countByRole(Role role);

	List<UserAccount> findByOrganizationId(Long organizationId);
}
