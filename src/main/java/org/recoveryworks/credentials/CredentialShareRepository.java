package org.recoveryworks.credentials;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CredentialShareRepository extends JpaRepository<CredentialShare, Long> {

	Optional<CredentialShare> findByApplicationId(Long applicationId);

	List<CredentialShare> findBySeekerAccountIdOrderByRequestedAtDesc(Long seekerAccountId);
}
