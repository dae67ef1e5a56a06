package org.recoveryworks.shared.sms;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Twilio as the SMS provider when its account, token and sender are all set (properties or environment variables). */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	@Bean
	@Conditional(TwilioConfigured.class)
	SmsProvider twilio(SmsSettings settings) {
		return new TwilioApi(settings.twilio());
	}

	/** Whether {@code recoveryworks.sms.twilio} has all it needs, read as the settings record reads it. */
	static class TwilioConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Binder.get(context.getEnvironment()).bind("recoveryworks.sms", SmsSettings.class).map(SmsSettings::configured).orElse(false);
		}
	}
}
