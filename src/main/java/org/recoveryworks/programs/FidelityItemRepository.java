package org.recoveryworks.programs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FidelityItemRepository extends JpaRepository<FidelityItem, Long> {

	List<FidelityItem> findByScaleIdOrderByPositionAsc(Long scaleId);
}
