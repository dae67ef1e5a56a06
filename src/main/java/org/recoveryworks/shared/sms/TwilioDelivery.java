package org.recoveryworks.shared.sms;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends a recorded text through Twilio once its change is committed; a refusal leaves it for the retry. */
@Component
class TwilioDelivery {

	private final SmsSettings settings;

	TwilioDelivery(SmsSettings settings) {
		this.settings = settings;
	}

	@ApplicationModuleListener
	void deliver(TextToSend text) {
		if (!settings.configured()) {
			throw new IllegalStateException("A text was recorded for Twilio, but recoveryworks.sms.twilio is not configured");
		}
		new TwilioApi(settings.twilio()).send(text.to(), text.body());
	}
}
