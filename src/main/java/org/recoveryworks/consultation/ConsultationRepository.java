package org.recoveryworks.consultation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationRepository extends JpaRepository<EmployerConsultation, Long> {

	List<EmployerConsultation> findByProgramIdOrderByHeldOnDesc(Long programId);
}
