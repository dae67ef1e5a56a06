package org.recoveryworks.shared.sms;

/** A text to send through the provider once the change that caused it is committed. */
public record TextToSend(String to, String body) {
}
