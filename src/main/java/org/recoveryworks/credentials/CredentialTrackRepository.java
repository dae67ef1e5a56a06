package org.recoveryworks.credentials;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CredentialTrackRepository extends JpaRepository<CredentialTrack, Long> {

	List<CredentialTrack> findByAccountIdOrderByIdAsc(Long accountId);

	List<CredentialTrack> findByAccountIdInOrderByIdAsc(java.util.Collection<Long> accountIds);

	Optional<CredentialTrack> findByAccountIdAndTypeId(Long accountId, Long typeId);
}
