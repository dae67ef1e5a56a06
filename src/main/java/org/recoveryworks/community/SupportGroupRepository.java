package org.recoveryworks.community;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupportGroupRepository extends JpaRepository<SupportGroup, Long> {

	List<SupportGroup> findByProgramIdOrderByNameAsc(Long programId);
}
