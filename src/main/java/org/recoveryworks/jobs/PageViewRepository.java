package org.recoveryworks.jobs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PageViewRepository extends JpaRepository<PageView, Long> {

	@Query("select count(distinct concat(cast(v.viewedOn as string), v.visitorHash)) from PageView v")
	long countUniqueVisitors();

	long countByPostingId(Long postingId);

	@Query("select v.postingId, count(v) from PageView v where v.postingId in ?1 group by v.postingId")
	List<Object[]> countByPostingIds(List<Long> postingIds);
}
