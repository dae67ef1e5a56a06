package org.recoveryworks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/** The application's tables as tests compare them before and after a request: H2 and PostgreSQL alike. */
public final class DatabaseTables {

	/** Tables whose rows change on any request, allowed or not (the audit trail records refusals), or by themselves. */
	public static final Set<String> CHANGING_ANYWAY = Set.of("audit_entry", "audit_chain_head", "flyway_schema_history", "shedlock",
			"spring_session", "spring_session_attributes", "hsearch_outbox_event", "hsearch_agent", "page_view", "mail_message");

	private DatabaseTables() {
	}

	/** The tables but those of {@link #CHANGING_ANYWAY}, in lower case and in order. */
	public static List<String> names(JdbcTemplate jdbc) {
		return jdbc.queryForList("select lower(table_name) from information_schema.tables where lower(table_schema) = 'public'"
				+ " and table_type in ('TABLE', 'BASE TABLE')", String.class)
			.stream().filter(t -> !CHANGING_ANYWAY.contains(t)).sorted().toList();
	}

	/** How many rows each table holds, in one query. */
	public static Map<String, Long> counts(JdbcTemplate jdbc) {
		List<String> tables = names(jdbc);
		StringBuilder sql = new StringBuilder("select ");
		for (int i = 0; i < tables.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append("(select count(*) from ").append(tables.get(i)).append(")");
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query(sql.toString(), rs -> {
			for (int i = 0; i < tables.size(); i++) {
				counts.put(tables.get(i), rs.getLong(i + 1));
			}
		});
		return counts;
	}

	/** A digest of every row of each table: any insert, update or delete shows. */
	public static Map<String, Integer> contents(JdbcTemplate jdbc) {
		Map<String, Integer> digest = new LinkedHashMap<>();
		for (String table : names(jdbc)) {
			StringBuilder all = new StringBuilder();
			jdbc.query("select * from " + table + " order by 1", rs -> {
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					all.append(rs.getString(i)).append('|');
				}
				all.append('\n');
			});
			digest.put(table, all.toString().hashCode());
		}
		return digest;
	}
}
