package org.recoveryworks.programs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FidelityReviewRepository extends JpaRepository<FidelityReview, Long> {

	List<FidelityReview> findByProgramIdOrderByReviewedOnDescIdDesc(Long programId);
}
