package org.recoveryworks.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the audit trail tamper-evident. A few seconds after entries are written, they are sealed
 * in order: each gets the next sequence number and a SHA-256 hash of its content and the hash
 * before it, and the head row keeps the last link. Changing, removing or reordering any sealed
 * entry breaks the chain at that point, which {@link #verify()} reports. Sealing takes a lock on
 * the head row, so two nodes never seal at once.
 */
@Component
public class AuditChain {

	/** What a verification found: intact, or the first entry where the chain breaks. */
	public record Verification(boolean intact, long entries, Long brokenAtSequence, Long brokenAtId, String reason) {

		public String describe() {
			return intact ? "Audit trail intact: " + entries + " sealed entries."
					: "Audit trail broken at link " + brokenAtSequence + (brokenAtId == null ? "" : " (entry id " + brokenAtId + ")") + ": "
							+ reason;
		}
	}

	private static final String COLUMNS = "id, at, actor_id, actor_role, action, record_type, record_id, participant_id, from_address, detail";

	private final JdbcTemplate jdbc;

	/** For walking the whole trail: rows come in batches instead of all at once. */
	private final JdbcTemplate walker;

	AuditChain(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.walker = new JdbcTemplate(jdbc.getDataSource());
		this.walker.setFetchSize(1000);
	}

	/** Seals the entries written since the last run, oldest first, up to 5,000 at a time. */
	@Scheduled(fixedDelayString = "${recoveryworks.audit.seal-every:PT5S}")
	@Transactional
	public int seal() {
		Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
		long seq = ((Number) head.get("last_seq")).longValue();
		String previous = (String) head.get("last_hash");
		List<Object[]> links = new java.util.ArrayList<>();
		List<Map<String, Object>> rows = jdbc.queryForList("select " + COLUMNS + " from audit_entry where chain_seq is null order by id"
				+ " fetch first 5000 rows only");
		for (Map<String, Object> row : rows) {
			seq++;
			previous = hash(previous, seq, row);
			links.add(new Object[] { seq, previous, row.get("id") });
		}
		if (links.isEmpty()) {
			return 0;
		}
		jdbc.batchUpdate("update audit_entry set chain_seq = ?, hash = ? where id = ?", links);
		jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, previous);
		return links.size();
	}

	/** Walks the sealed entries in order and recomputes every link. */
	@Transactional(readOnly = true)
	public Verification verify() {
		// The head first, then the links up to it: entries sealed meanwhile are left for the next check.
		Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
		long last = ((Number) head.get("last_seq")).longValue();
		long[] expected = { 0 };
		String[] previous = { "" };
		Verification[] broken = { null };
		walker.query("select " + COLUMNS + ", chain_seq, hash from audit_entry where chain_seq is not null and chain_seq <= ? order by chain_seq", (ResultSet rs) -> {
			if (broken[0] != null) {
				return;
			}
			long seq = rs.getLong("chain_seq");
			long id = rs.getLong("id");
			expected[0]++;
			if (seq != expected[0]) {
				broken[0] = new Verification(false, expected[0] - 1, expected[0], id, "link " + expected[0] + " is missing");
				return;
			}
			String computed = hash(previous[0], seq, row(rs));
			if (!computed.equals(rs.getString("hash"))) {
				broken[0] = new Verification(false, seq - 1, seq, id, "the entry or the one before it was changed");
				return;
			}
			previous[0] = computed;
		}, last);
		if (broken[0] != null) {
			return broken[0];
		}
		if (last != expected[0] || !Objects.equals(head.get("last_hash"), previous[0])) {
			return new Verification(false, expected[0], expected[0] + 1, null, "the last " + (last - expected[0]) + " sealed entries are missing");
		}
		return new Verification(true, expected[0], null, null, null);
	}

	private static Map<String, Object> row(ResultSet rs) throws SQLException {
		Map<String, Object> row = new java.util.HashMap<>();
		for (String column : COLUMNS.split(", ")) {
			row.put(column, rs.getObject(column));
		}
		return row;
	}

	static String hash(String previous, long seq, Map<String, Object> row) {
		StringBuilder text = new StringBuilder(previous).append('|').append(seq);
		for (String column : COLUMNS.split(", ")) {
			Object value = row.get(column);
			if (value == null) {
				value = row.get(column.toUpperCase(java.util.Locale.ROOT));
			}
			text.append('|').append(canonical(value));
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
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
		return value.toString().replace("\\", "\\\\").replace("|", "\\|");
	}
}
