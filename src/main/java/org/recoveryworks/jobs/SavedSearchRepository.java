package org.recoveryworks.jobs;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedSearchRepository extends JpaRepository<SavedSearch, Long> {

	Optional<SavedSearch> findByAccountIdAndQuery(Long accountId, String query);

	Optional<SavedSearch> findByIdAndAccountId(Long id, Long accountId);

	List<SavedSearch> findByAccountIdOrderByCreatedAtDesc(Long accountId);

	List<SavedSearch> findByAlertOrderById(AlertFrequency alert);
}
