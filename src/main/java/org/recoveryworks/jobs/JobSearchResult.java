package org.recoveryworks.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DistanceProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/**
 * One page of job search results. The counts per filter value (for each filter, how many
 * postings match the search with every other filter) are null when they were not asked for.
 */
public record JobSearchResult(List<Hit> hits, long total, int page, int size, String placeLabel,
		Map<EmploymentType, Long> typeCounts, Map<Shift, Long> shiftCounts, Map<Boolean, Long> peerCounts,
		Map<Boolean, Long> bhCounts) {

	/** How the index stores "no close date", so that such postings sort last when closing soon. */
	static final String OPEN_UNTIL_FILLED = "9999-12-31";

	/** A posting in a result list, projected from the search index without reading the database. */
	public record Hit(@IdProjection Long id, String title, String organizationName, String town, String zip,
			EmploymentType employmentType, Shift shift, BigDecimal hoursPerWeek, BigDecimal hourlyMin, BigDecimal hourlyMax,
			LocalDate openDate, LocalDate closeDate, boolean peerRole, boolean behavioralHealth,
			@DistanceProjection(path = "location", fromParam = "center", unit = DistanceUnit.MILES) Double distanceMiles) {

		@ProjectionConstructor
		public Hit {
			if (closeDate != null && closeDate.equals(LocalDate.parse(OPEN_UNTIL_FILLED))) {
				closeDate = null;
			}
			if (distanceMiles != null) {
				distanceMiles = Math.round(distanceMiles * 10) / 10.0;
			}
		}

		Hit withoutDistance() {
			return new Hit(id, title, organizationName, town, zip, employmentType, shift, hoursPerWeek, hourlyMin, hourlyMax,
					openDate, closeDate, peerRole, behavioralHealth, null);
		}
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
