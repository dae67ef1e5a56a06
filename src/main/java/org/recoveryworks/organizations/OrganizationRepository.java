package org.recoveryworks.organizations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

	List<Organization> findAllByOrderByStatusAscNameAsc();

	long countByStatusAndKindNot(OrganizationStatus status, OrganizationKind kind);

	List<Organization> findByKindOrderByNameAsc(OrganizationKind kind);

	long countByKind(OrganizationKind kind);
}
