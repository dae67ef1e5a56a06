package org.recoveryworks.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.recoveryworks.shared.DeploymentSecrets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The audit trail's seals: HMAC-SHA256 with the deployment's audit key, which is not in the database.
 * Without the key nobody can seal an entry, a link of the chain, its head or a checkpoint; each kind of
 * seal starts with its own label, so one kind can never pass for another.
 */
@Component
class AuditSeals {

	/** An entry's content, in the order it is sealed. */
	static final String COLUMNS = "id, at, actor_id, actor_role, action, record_type, record_id, participant_id, from_address, detail";

	private static final String[] COLUMN_NAMES = COLUMNS.split(", ");

	private final SecretKeySpec key;

	@Autowired
	AuditSeals(DeploymentSecrets secrets) {
		this(secrets.auditKey());
	}

	/** With a key of one's own: for tests, which play someone sealing without the deployment's key. */
	AuditSeals(String key) {
		this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** The seal of an entry, written with it: proof that the application wrote exactly this. */
	String entry(Map<String, Object> row) {
		return mac("entry|" + content(row));
	}

	/** The link of an entry at its place in the chain, after the link before it. */
	String link(String previous, long sequence, Map<String, Object> row) {
		return mac("link|" + previous + "|" + sequence + "|" + content(row));
	}

	/** The seal of the head: where the chain ends. */
	String head(long sequence, String hash) {
		return mac("head|" + sequence + "|" + hash);
	}

	/** The signature of a checkpoint, a copy of the head kept outside the database. */
	String checkpoint(long sequence, String hash, String at) {
		return mac("checkpoint|" + sequence + "|" + hash + "|" + at);
	}

	/** Compares in constant time, so that timing tells nothing about a seal; {@code null} matches nothing. */
	static boolean same(String expected, String actual) {
		return expected != null && actual != null
				&& MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
	}

	/** The content columns of the current row. */
	static Map<String, Object> row(ResultSet rs) throws SQLException {
		Map<String, Object> row = new HashMap<>();
		for (String column : COLUMN_NAMES) {
			row.put(column, rs.getObject(column));
		}
		return row;
	}

	/** The chain's hash before the key (plain SHA-256), for checking a trail sealed that way before it is upgraded. */
	static String legacyHash(String previous, long sequence, Map<String, Object> row) {
		try {
			String text = previous + "|" + sequence + "|" + content(row);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private String mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The columns joined by '|', each escaped, null as \N: the same text whether read from H2, PostgreSQL or the entity. */
	static String content(Map<String, Object> row) {
		StringBuilder text = new StringBuilder();
		for (String column : COLUMN_NAMES) {
			Object value = row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(Locale.ROOT));
			text.append(text.isEmpty() ? "" : "|").append(canonical(value));
		}
		return text.toString();
	}

	private static String canonical(Object value) {
		if (value == null) {
			return "\\N";
		}
		if (value instanceof Timestamp t) {
			return t.toInstant().toString();
		}
		if (value instanceof java.time.OffsetDateTime o) {
			return o.toInstant().toString();
		}
		if (value instanceof java.time.Instant i) {
			return i.toString();
		}
		if (value instanceof Number n) {
			return Long.toString(n.longValue());
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		return value.toString().replace("\\", "\\\\").replace("|", "\\|");
	}
}
