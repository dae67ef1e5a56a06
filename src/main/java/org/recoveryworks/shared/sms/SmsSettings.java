package org.recoveryworks.shared.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMS provider: Twilio's Programmable Messaging API, set by environment variables
 * ({@code RECOVERYWORKS_SMS_TWILIO_ACCOUNTSID}, {@code RECOVERYWORKS_SMS_TWILIO_AUTHTOKEN} and
 * {@code RECOVERYWORKS_SMS_TWILIO_FROM}, a number or a messaging service id). Unset: the development outbox.
 */
@ConfigurationProperties("recoveryworks.sms")
public record SmsSettings(Twilio twilio) {

	/** Twilio's account, its auth token, the sender, and the API's address (changed only in tests). */
	public record Twilio(String accountSid, String authToken, String from, String apiUrl) {

		public String api() {
			return apiUrl == null || apiUrl.isBlank() ? "https://api.twilio.com" : apiUrl;
		}
	}

	public boolean configured() {
		return twilio != null && present(twilio.accountSid()) && present(twilio.authToken()) && present(twilio.from());
	}

	private static boolean present(String s) {
		return s != null && !s.isBlank();
	}
}
