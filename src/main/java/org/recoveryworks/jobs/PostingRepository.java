package org.recoveryworks.jobs;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostingRepository extends JpaRepository<Posting, Long> {

	List<Posting> findByOrganizationIdOrderByCreatedAtDesc(Long organizationId);

	List<Posting> findByOrganizationId(Long organizationId);

	/** Any 500 of them: read through the (status, close_date) index, with no sort over all the matches. */
	List<Posting> findFirst500ByStatusAndCloseDateBefore(PostingStatus status, LocalDate date);

	boolean existsByOrganizationIdAndRecruitmentNumber(Long organizationId, String recruitmentNumber);

	boolean existsByOrganizationIdAndRecruitmentNumberAndIdNot(Long organizationId, String recruitmentNumber, Long id);

	@Query("select count(p) from Posting p where p.status <> org.recoveryworks.jobs.PostingStatus.DRAFT")
	long countPosted();

	@Query("select count(distinct p.organizationId) from Posting p where p.status <> org.recoveryworks.jobs.PostingStatus.DRAFT")
	long countPostingEmployers();

	@Query("select max(p.updatedAt) from Posting p")
	java.time.Instant lastUpdate();

	/** Ids and versions of the postings changed since then, for the start-up index check. */
	@Query("select p.id, p.version from Posting p where p.updatedAt >= ?1")
	List<Object[]> idsAndVersionsUpdatedSince(java.time.Instant since);
}
