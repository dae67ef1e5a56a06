package org.recoveryworks.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Authenticator keys are kept encrypted (AES-256-GCM) with the deployment's secret key
 * ({@code RECOVERYWORKS_SECRETKEY}, 32 bytes in base64), so a copy of the database alone cannot
 * make sign-in codes. Without a secret key (the demo) they are kept as they are, with a warning at
 * start-up; a key stored either way is read either way.
 */
@Component
class TotpKeys {

	private static final Logger log = LoggerFactory.getLogger(TotpKeys.class);
	private static final String SEALED = "v1:";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	@org.springframework.beans.factory.annotation.Autowired
	TotpKeys(org.recoveryworks.shared.DeploymentSecrets secrets) {
		this(secrets.secretKey());
	}

	TotpKeys(String secretKey) {
		if (secretKey == null || secretKey.isBlank()) {
			this.key = null;
			log.warn("recoveryworks.secret-key is not set: two-step sign-in keys are stored unencrypted. Set RECOVERYWORKS_SECRETKEY "
					+ "to 32 random bytes in base64 (for example: openssl rand -base64 32).");
			return;
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(secretKey.trim());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("recoveryworks.secret-key is not base64", e);
		}
		if (bytes.length != 32) {
			throw new IllegalStateException("recoveryworks.secret-key must be 32 bytes (base64 of 32 random bytes), not " + bytes.length);
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	/** What to store for an authenticator key. */
	String seal(String base32Key) {
		if (key == null) {
			return base32Key;
		}
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(base32Key.getBytes(StandardCharsets.US_ASCII));
			return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The authenticator key from what was stored. */
	String open(String stored) {
		if (stored == null || !stored.startsWith(SEALED)) {
			return stored;
		}
		if (key == null) {
			throw new IllegalStateException("Two-step sign-in keys are encrypted but recoveryworks.secret-key is not set");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
			return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A two-step sign-in key could not be decrypted: is recoveryworks.secret-key the one it was sealed with?", e);
		}
	}
}
