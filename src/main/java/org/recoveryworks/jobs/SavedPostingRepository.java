package org.recoveryworks.jobs;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedPostingRepository extends JpaRepository<SavedPosting, Long> {

	Optional<SavedPosting> findByAccountIdAndPostingId(Long accountId, Long postingId);

	List<SavedPosting> findByAccountIdOrderBySavedAtDesc(Long accountId);
}
