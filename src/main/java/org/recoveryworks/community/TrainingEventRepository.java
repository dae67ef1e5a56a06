package org.recoveryworks.community;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingEventRepository extends JpaRepository<TrainingEvent, Long> {

	List<TrainingEvent> findByProgramIdOrderByHeldOnDesc(Long programId);
}
