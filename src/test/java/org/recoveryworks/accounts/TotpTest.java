package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The codes authenticator apps make: RFC 6238's own test values (SHA-1, last 6 of the 8 digits). */
class TotpTest {

	static final String RFC_KEY = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void codesMatchTheRfcTestValues() {
		assertThat(RFC_KEY).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void aCodeIsAcceptedOneStepEitherSideOfNowAndNoFurther() {
		Instant now = Instant.ofEpochSecond(1111111109);
		long step = Totp.step(now);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step), now)).isEqualTo(step);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1), now)).isEqualTo(step - 1);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1), now)).isEqualTo(step + 1);
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2), now)).isEqualTo(-1);
		assertThat(Totp.matchingStep(RFC_KEY, "12345", now)).isEqualTo(-1);
		assertThat(Totp.matchingStep(RFC_KEY, null, now)).isEqualTo(-1);
	}

	@Test
	void keysRoundTripThroughBase32() {
		String key = Totp.newSecret();
		assertThat(key).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Totp.base32(Totp.fromBase32(key))).isEqualTo(key);
		assertThat(Totp.uri("RecoveryWorks", "coach@example.org", key))
			.isEqualTo("otpauth://totp/RecoveryWorks:coach%40example.org?secret=" + key
					+ "&issuer=RecoveryWorks&algorithm=SHA1&digits=6&period=30");
	}
}
