package org.recoveryworks.programs;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FidelityScaleRepository extends JpaRepository<FidelityScale, Long> {

	Optional<FidelityScale> findByCode(String code);

	/** The scale new reviews use: the one loaded last. */
	Optional<FidelityScale> findFirstByOrderByIdDesc();
}
