package org.recoveryworks.shared.sms;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends a recorded text through the provider once its change is committed; a refusal leaves it for the retry. */
@Component
class ProviderDelivery {

	private final ObjectProvider<SmsProvider> provider;

	ProviderDelivery(ObjectProvider<SmsProvider> provider) {
		this.provider = provider;
	}

	@ApplicationModuleListener
	void deliver(TextToSend text) {
		SmsProvider sms = provider.getIfAvailable();
		if (sms == null) {
			throw new IllegalStateException("A text was recorded for an SMS provider, but none is configured (recoveryworks.sms.twilio)");
		}
		sms.send(text.to(), text.body());
	}
}
