package org.recoveryworks.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The deployment's three secrets: the key that encrypts the staff's two-step sign-in keys
 * ({@code recoveryworks.secret-key}), the key of the participant codes in de-identified exports
 * ({@code recoveryworks.outcomes.pseudonym-key}) and the key that seals the audit trail
 * ({@code recoveryworks.audit.key}). In production (the {@code postgres} profile) all three must be
 * set, or the application does not start. In the default embedded mode, a missing one is generated
 * once and kept in {@code recoveryworks.key-dir} (./data/keys), readable by its owner only, so
 * nothing is stored unencrypted, export codes stay the same across restarts and the audit trail's
 * seals still verify.
 */
@Component
public class DeploymentSecrets {

	private static final Logger log = LoggerFactory.getLogger(DeploymentSecrets.class);
	private static final SecureRandom RANDOM = new SecureRandom();

	private final String secretKey;
	private final String pseudonymKey;
	private final String auditKey;

	/** An audit key shorter than this could be found by trying keys against the seals in the database. */
	static final int AUDIT_KEY_MIN_LENGTH = 32;

	DeploymentSecrets(Environment environment, @Value("${recoveryworks.secret-key:}") String secretKey,
			@Value("${recoveryworks.outcomes.pseudonym-key:}") String pseudonymKey, @Value("${recoveryworks.audit.key:}") String auditKey,
			@Value("${recoveryworks.key-dir:./data/keys}") String keyDir) {
		boolean production = environment.acceptsProfiles(Profiles.of("postgres"));
		if (production && (isBlank(secretKey) || isBlank(pseudonymKey) || isBlank(auditKey))) {
			java.util.List<String> missing = new java.util.ArrayList<>();
			if (isBlank(secretKey)) {
				missing.add("RECOVERYWORKS_SECRETKEY (32 random bytes in base64: openssl rand -base64 32)");
			}
			if (isBlank(pseudonymKey)) {
				missing.add("RECOVERYWORKS_OUTCOMES_PSEUDONYMKEY (any long random text: openssl rand -base64 32)");
			}
			if (isBlank(auditKey)) {
				missing.add("RECOVERYWORKS_AUDIT_KEY (at least " + AUDIT_KEY_MIN_LENGTH + " random characters: openssl rand -base64 32)");
			}
			String message = "RecoveryWorks does not start on PostgreSQL without its secret keys. Set " + String.join(" and ", missing)
					+ ", and keep them with the database backups' secrets (the audit key away from the database itself)."
					+ " See docs/operations.md.";
			log.error(message);
			throw new IllegalStateException(message);
		}
		if (!isBlank(auditKey) && auditKey.trim().length() < AUDIT_KEY_MIN_LENGTH) {
			String message = "The audit key (RECOVERYWORKS_AUDIT_KEY) is too short: use at least " + AUDIT_KEY_MIN_LENGTH
					+ " random characters (openssl rand -base64 32). See docs/operations.md.";
			log.error(message);
			throw new IllegalStateException(message);
		}
		Path dir = Path.of(keyDir);
		this.secretKey = isBlank(secretKey) ? kept(dir.resolve("secret-key")) : secretKey.trim();
		this.pseudonymKey = isBlank(pseudonymKey) ? kept(dir.resolve("pseudonym-key")) : pseudonymKey.trim();
		this.auditKey = isBlank(auditKey) ? kept(dir.resolve("audit-key")) : auditKey.trim();
	}

	/** 32 bytes in base64: the AES key of the two-step sign-in keys. */
	public String secretKey() {
		return secretKey;
	}

	/** The key of the participant codes in de-identified exports. */
	public String pseudonymKey() {
		return pseudonymKey;
	}

	/**
	 * The key of the audit trail's seals (HMAC-SHA256): kept out of the database, so that someone who can
	 * only write to the database cannot seal an entry of their own.
	 */
	public String auditKey() {
		return auditKey;
	}

	/**
	 * A signature of {@code value} for one purpose (HMAC-SHA256 under the secret key, the purpose first so a signature
	 * made for one purpose is no good for another), in base64url: for links that act without a sign-in, such as a job
	 * alert's unsubscribe link.
	 */
	public String sign(String purpose, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] signature = mac.doFinal((purpose + "\n" + value).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

	/** Whether {@code signature} is this deployment's signature of {@code value} for {@code purpose} (in constant time). */
	public boolean signed(String purpose, String value, String signature) {
		return signature != null && MessageDigest.isEqual(sign(purpose, value).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * The key in this file, made (32 random bytes in base64, owner-only) the first time: written to a temporary
	 * file and moved into place in one step, so no process ever reads a half-written key.
	 */
	private static String kept(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] bytes = new byte[32];
				RANDOM.nextBytes(bytes);
				Path temporary;
				try {
					temporary = Files.createTempFile(file.getParent(), ".key", ".tmp",
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				}
				catch (UnsupportedOperationException e) {
					temporary = Files.createTempFile(file.getParent(), ".key", ".tmp");
				}
				Files.writeString(temporary, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
				try {
					Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
					log.info("Generated a key in {} (keep it with the database backups)", file);
				}
				catch (FileAlreadyExistsException e) {
					// Another process made it first: use theirs.
					Files.deleteIfExists(temporary);
				}
			}
			String key = Files.readString(file, StandardCharsets.US_ASCII).trim();
			if (key.isEmpty()) {
				throw new IllegalStateException("The key file " + file + " is empty: restore it from your backups, or delete it only if no "
						+ "data was encrypted with it");
			}
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("The key file " + file + " could not be read or made", e);
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
