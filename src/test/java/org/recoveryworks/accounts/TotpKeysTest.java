package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Authenticator keys are stored encrypted with the deployment's secret key, and read back. */
class TotpKeysTest {

	static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);

	@Test
	void aKeyIsStoredEncryptedAndReadBack() {
		TotpKeys keys = new TotpKeys(SECRET);
		String key = Totp.newSecret();
		String stored = keys.seal(key);
		assertThat(stored).startsWith("v1:").doesNotContain(key).hasSizeLessThanOrEqualTo(200);
		assertThat(keys.seal(key)).as("a new nonce each time").isNotEqualTo(stored);
		assertThat(keys.open(stored)).isEqualTo(key);
		// A key stored before encryption was set up is still read.
		assertThat(keys.open(key)).isEqualTo(key);
	}

	@Test
	void withoutASecretKeyKeysAreStoredAsTheyAreAndAnotherSecretKeyCannotReadThem() {
		String key = Totp.newSecret();
		assertThat(new TotpKeys("").seal(key)).isEqualTo(key);
		String stored = new TotpKeys(SECRET).seal(key);
		byte[] other = new byte[32];
		other[0] = 1;
		assertThatThrownBy(() -> new TotpKeys(Base64.getEncoder().encodeToString(other)).open(stored))
			.hasMessageContaining("could not be decrypted");
		assertThatThrownBy(() -> new TotpKeys("").open(stored)).hasMessageContaining("not set");
		assertThatThrownBy(() -> new TotpKeys("c2hvcnQ=")).hasMessageContaining("32 bytes");
	}
}
