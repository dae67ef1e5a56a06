package org.recoveryworks.shared;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @PastOrPresent}, {@code @Future} and the like judge a date against the application's clock, so "today" for a
 * form is the deployment's today. Without this, Hibernate Validator reads the JVM's default zone, a day off from the
 * deployment's for part of every day when the server runs in another zone.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClockConfiguration {

	/** The clock is looked up at each validation: its zone can change while the site runs. */
	@Bean
	ValidationConfigurationCustomizer applicationClockForValidation(ObjectProvider<Clock> clock) {
		return configuration -> configuration.clockProvider(clock::getObject);
	}
}
