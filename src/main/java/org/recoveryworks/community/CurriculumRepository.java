package org.recoveryworks.community;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CurriculumRepository extends JpaRepository<Curriculum, Long> {

	List<Curriculum> findByProgramIdOrderByNameAsc(Long programId);
}
