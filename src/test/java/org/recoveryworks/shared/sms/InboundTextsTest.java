package org.recoveryworks.shared.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Replies posted by Twilio: its signature (checked against the example in Twilio's documentation) and the stop words. */
class InboundTextsTest {

	static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

	static final Map<String, String> PARAMETERS = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+12349013030", "Digits", "1234",
			"From", "+12349013030", "To", "+18005551212");

	@Test
	void aPostIsTwiliosOnlyWithItsSignature() {
		assertThat(InboundTexts.sign("12345", URL, PARAMETERS)).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
		InboundTexts live = new InboundTexts(new SmsSettings(new SmsSettings.Twilio("AC123", "12345", "+18605550100", null)));
		assertThat(live.genuine(URL, PARAMETERS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isTrue();
		assertThat(live.genuine(URL, PARAMETERS, null)).isFalse();
		assertThat(live.genuine(URL, Map.of("From", "+12349013030", "Body", "STOP"), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
		assertThat(live.genuine(URL + "&x=1", PARAMETERS, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
	}

	@Test
	void theCarriersStopWordsEndTexts() {
		assertThat(InboundTexts.asksToStop(" stop ")).isTrue();
		assertThat(InboundTexts.asksToStop("UNSUBSCRIBE")).isTrue();
		assertThat(InboundTexts.asksToStop("Quit")).isTrue();
		assertThat(InboundTexts.asksToStop("please stop texting")).isFalse();
		assertThat(InboundTexts.asksToStop("Yes")).isFalse();
		assertThat(InboundTexts.asksToStop(null)).isFalse();
	}
}
