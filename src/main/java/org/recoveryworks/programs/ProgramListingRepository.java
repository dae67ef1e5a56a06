package org.recoveryworks.programs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramListingRepository extends JpaRepository<ProgramListing, Long> {

	List<ProgramListing> findAllByOrderByNameAsc();

	List<ProgramListing> findByOrganizationIdOrderByNameAsc(Long organizationId);
}
