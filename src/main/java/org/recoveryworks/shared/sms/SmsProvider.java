package org.recoveryworks.shared.sms;

/**
 * An SMS provider: sends one text now, or throws (the event registry tries it again). The product has one, Twilio's
 * HTTP API ({@link TwilioApi}, made when {@code recoveryworks.sms.twilio.*} is set); another is a bean of this type.
 * Without one, texts go to the development outbox.
 */
public interface SmsProvider {

	void send(String to, String body);
}
