package org.recoveryworks.community;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeerMentorRepository extends JpaRepository<PeerMentor, Long> {

	List<PeerMentor> findByProgramIdOrderByNameAsc(Long programId);
}
