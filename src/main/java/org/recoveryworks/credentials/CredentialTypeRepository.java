package org.recoveryworks.credentials;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CredentialTypeRepository extends JpaRepository<CredentialType, Long> {

	List<CredentialType> findAllByOrderByNameAsc();

	Optional<CredentialType> findByCodeIgnoreCase(String code);
}
