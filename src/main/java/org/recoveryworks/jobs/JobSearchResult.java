package org.recoveryworks.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One page of job search results, with counts per filter value. */
public record JobSearchResult(List<Hit> hits, long total, int page, int size, String placeLabel,
		Map<EmploymentType, Long> typeCounts, Map<Shift, Long> shiftCounts, Map<Boolean, Long> peerCounts,
		Map<Boolean, Long> bhCounts) {

	/** A posting in a result list. */
	public record Hit(Long id, String title, String organizationName, String town, String zip, EmploymentType employmentType,
			Shift shift, BigDecimal hoursPerWeek, BigDecimal hourlyMin, BigDecimal hourlyMax, LocalDate openDate,
			LocalDate closeDate, boolean peerRole, boolean behavioralHealth, Double distanceMiles) {
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return page < pages();
	}

	public boolean hasPrevious() {
		return page > 1;
	}
}
