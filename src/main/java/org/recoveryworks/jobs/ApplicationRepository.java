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

	/**
	 * Applications whose personal data is past retention: the posting closed before the cutoff
	 * (or, with no closing date, closed and untouched since), not yet erased.
	 */
	@Query("select a from JobApplication a where a.erasedAt is null and a.updatedAt < ?2 and (a.posting.closeDate < ?1"
			+ " or (a.posting.closeDate is null and a.posting.status = org.recoveryworks.jobs.PostingStatus.CLOSED))")
	List<JobApplication> findPastRetention(java.time.LocalDate cutoff, java.time.Instant cutoffInstant,
			org.springframework.data.domain.Pageable page);

	@Query("select a.posting.id, count(a) from JobApplication a where a.posting.organizationId = ?1 group by a.posting.id")
	List<Object[]> countByPostingForOrganization(Long organizationId);
}
