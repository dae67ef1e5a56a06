package org.recoveryworks.employers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

	List<Organization> findAllByOrderByStatusAscNameAsc();

	long countByStatus(OrganizationStatus status);
}
