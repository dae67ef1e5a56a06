package org.recoveryworks.outcomes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What a program configures about outcomes.
 *
 * @param minimumWage hourly minimum wage by state (two letters); "federal" for states not listed
 * @param defaultState the state a placement is in unless the coach says otherwise; unset, the state the deployment serves
 * @param followUpMonths months after a job start when a follow-up is due
 * @param employmentRateBands the quarterly employment-rate bands, highest first
 * @param importMaxSize the largest CSV file an import accepts
 * @param importMaxRows the most rows an import accepts
 * @param pseudonymKey the key for the participant codes in de-identified exports; keep it secret
 *        and stable (codes change with it)
 */
@ConfigurationProperties("recoveryworks.outcomes")
record OutcomesSettings(Map<String, BigDecimal> minimumWage, String defaultState, List<Integer> followUpMonths,
		List<Band> employmentRateBands, DataSize importMaxSize, Integer importMaxRows, String pseudonymKey) {

	/** A band of the employment rate: at or above {@code fromPercent}. */
	record Band(String name, int fromPercent) {
	}

	OutcomesSettings {
		// Keys in upper case, whichever way they were written (environment variables arrive in lower case).
		java.util.Map<String, BigDecimal> wages = new java.util.HashMap<>();
		(minimumWage == null || minimumWage.isEmpty() ? Map.of("CT", new BigDecimal("16.94"), "FEDERAL", new BigDecimal("7.25")) : minimumWage)
			.forEach((state, wage) -> wages.put(state.toUpperCase(java.util.Locale.ROOT), wage));
		minimumWage = Map.copyOf(wages);
		followUpMonths = followUpMonths == null || followUpMonths.isEmpty() ? List.of(6, 12, 24) : followUpMonths;
		employmentRateBands = employmentRateBands == null || employmentRateBands.isEmpty()
				// Message keys, so the shipped bands read in the reader's language; a deployment's own names show as written.
				? List.of(new Band("band.high", 50), new Band("band.meets", 41), new Band("band.below", 0))
				: employmentRateBands;
		importMaxSize = importMaxSize == null ? DataSize.ofMegabytes(2) : importMaxSize;
		importMaxRows = importMaxRows == null ? 20_000 : importMaxRows;
	}

	BigDecimal minimumWageIn(String state) {
		BigDecimal wage = minimumWage.get(state.trim().toUpperCase(java.util.Locale.ROOT));
		return wage != null ? wage : minimumWage.getOrDefault("FEDERAL", new BigDecimal("7.25"));
	}

	Band bandOf(double percent) {
		return employmentRateBands.stream().filter(b -> percent >= b.fromPercent()).findFirst()
			.orElse(employmentRateBands.get(employmentRateBands.size() - 1));
	}
}
