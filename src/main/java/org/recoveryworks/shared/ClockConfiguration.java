package org.recoveryworks.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** Connecticut time: open and close dates of postings are days in this zone. */
	static final ZoneId ZONE = ZoneId.of("America/New_York");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}
}
