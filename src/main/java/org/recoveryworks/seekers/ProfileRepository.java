package org.recoveryworks.seekers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileRepository extends JpaRepository<SeekerProfile, Long> {

	Optional<SeekerProfile> findByAccountId(Long accountId);
}
