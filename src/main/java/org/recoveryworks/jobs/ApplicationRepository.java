package org.recoveryworks.jobs;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<JobApplication, Long> {

	Optional<JobApplication> findByPostingIdAndSeekerId(Long postingId, Long seekerId);

	List<JobApplication> findBySeekerIdOrderBySubmittedAtDesc(Long seekerId);

	List<JobApplication> findBySeekerIdAndSharedWithCoachTrueOrderBySubmittedAtDesc(Long seekerId);

	List<JobApplication> findByPostingIdOrderBySubmittedAtAsc(Long postingId);

	long countByPostingId(Long postingId);

	@Query("select a.posting.id, count(a) from JobApplication a where a.posting.organizationId = ?1 group by a.posting.id")
	List<Object[]> countByPostingForOrganization(Long organizationId);
}
