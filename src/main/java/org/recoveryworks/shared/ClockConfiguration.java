package org.recoveryworks.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/**
	 * The deployment's clock: open and close dates of postings, sessions and reports are days in its zone.
	 * It starts in {@code recoveryworks.time-zone}; the zone the administrator sets up (see {@link Deployment})
	 * replaces it.
	 */
	@Bean
	Clock clock(@Value("${recoveryworks.time-zone:America/New_York}") String zone) {
		return new DeploymentClock(ZoneId.of(zone));
	}
}
