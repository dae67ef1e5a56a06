package org.recoveryworks.operations;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.recoveryworks.shared.RecoveryWorksProperties;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup is one ZIP file: every table of the application (rows as JSON lines, read in one
 * repeatable-read transaction, so the copy is consistent while the application runs on
 * PostgreSQL), the uploaded documents, and a manifest with the schema version. The same code reads
 * and writes H2 and PostgreSQL, so a backup of one restores into the other. A restore replaces all
 * data in one transaction (nothing half-restored), then rebuilds the search index.
 */
@Component
public class Backups {

	static final int FORMAT = 1;

	/** Tables that hold nothing to keep: the migrations' own history, locks, sessions, index work in flight, rate limits. */
	static final Set<String> SKIPPED = Set.of("flyway_schema_history", "shedlock", "spring_session", "spring_session_attributes",
			"hsearch_outbox_event", "hsearch_agent", "rate_limit_bucket");

	/** What a backup or restore did. */
	public record Summary(String schemaVersion, int tables, long rows, int files) {
	}

	private record Column(String name, int type, String typeName) {
	}

	private record Table(String name, List<Column> columns) {
	}

	private final DataSource dataSource;
	private final Path uploads;
	private final EntityManagerFactory entityManagerFactory;
	private final Clock clock;
	private final JsonMapper json = JsonMapper.builder().build();

	Backups(DataSource dataSource, RecoveryWorksProperties properties, EntityManagerFactory entityManagerFactory, Clock clock) {
		this.dataSource = dataSource;
		this.uploads = Path.of(properties.uploadDir()).toAbsolutePath().normalize();
		this.entityManagerFactory = entityManagerFactory;
		this.clock = clock;
	}

	/** Writes a backup to the file (replacing it only once it is complete). */
	public Summary backup(Path file) {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			c.setReadOnly(true);
			List<Table> tables = tables(c);
			String version = schemaVersion(c);
			long rows = 0;
			int files = 0;
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
				List<Map<String, Object>> manifestTables = new ArrayList<>();
				for (Table t : tables) {
					zip.putNextEntry(new ZipEntry("tables/" + t.name().toLowerCase(Locale.ROOT) + ".jsonl"));
					long count = writeRows(c, t, zip);
					zip.closeEntry();
					rows += count;
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("name", t.name().toLowerCase(Locale.ROOT));
					entry.put("rows", count);
					entry.put("columns", t.columns().stream().map(col -> col.name().toLowerCase(Locale.ROOT)).toList());
					manifestTables.add(entry);
				}
				if (Files.isDirectory(uploads)) {
					try (Stream<Path> walk = Files.walk(uploads)) {
						for (Path p : walk.filter(Files::isRegularFile).toList()) {
							zip.putNextEntry(new ZipEntry("uploads/" + uploads.relativize(p).toString().replace('\\', '/')));
							Files.copy(p, zip);
							zip.closeEntry();
							files++;
						}
					}
				}
				Map<String, Object> manifest = new LinkedHashMap<>();
				manifest.put("format", FORMAT);
				manifest.put("schemaVersion", version);
				manifest.put("made", Instant.now(clock).toString());
				manifest.put("database", c.getMetaData().getDatabaseProductName());
				manifest.put("tables", manifestTables);
				zip.putNextEntry(new ZipEntry("manifest.json"));
				zip.write(json.writeValueAsBytes(manifest));
				zip.closeEntry();
			}
			c.commit();
			// All case records are in it: readable by the operator's account only, where the file system allows.
			try {
				Files.setPosixFilePermissions(partial, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// Windows: the folder's own permissions apply.
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return new Summary(version, tables.size(), rows, files);
		}
		catch (SQLException e) {
			throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The backup could not be written to " + file, e);
		}
		finally {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException e) {
				// Nothing more to do: the partial file is named as such.
			}
		}
	}

	/**
	 * Replaces all data with the backup's, in one transaction, then puts the uploaded documents
	 * back and rebuilds the search index. Refused when the backup was made by another schema version.
	 */
	public Summary restore(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry manifestEntry = zip.getEntry("manifest.json");
			if (manifestEntry == null) {
				throw new IllegalArgumentException(file + " is not a RecoveryWorks backup (no manifest).");
			}
			JsonNode manifest = json.readTree(zip.getInputStream(manifestEntry));
			if (manifest.path("format").asInt() != FORMAT) {
				throw new IllegalArgumentException("This backup's format (" + manifest.path("format").asInt() + ") is not " + FORMAT + ".");
			}
			// Every file is checked before anything changes: a backup with a path outside the upload folder changes nothing.
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				if (entry.getName().startsWith("uploads/") && !uploads.resolve(entry.getName().substring("uploads/".length())).normalize()
					.startsWith(uploads)) {
					throw new IllegalArgumentException("The backup holds a file outside the upload folder: " + entry.getName());
				}
			}
			long rows = 0;
			String version;
			int tableCount;
			List<Table> restored;
			try (Connection c = dataSource.getConnection()) {
				c.setAutoCommit(false);
				try {
					version = schemaVersion(c);
					String theirs = manifest.path("schemaVersion").asString();
					if (!version.equals(theirs)) {
						throw new IllegalArgumentException("The backup is of schema version " + theirs + ", this database is at " + version
								+ ": restore it with the RecoveryWorks release that made it.");
					}
					List<Table> tables = tables(c);
					tableCount = tables.size();
					restored = tables;
					try (Statement s = c.createStatement()) {
						for (int i = tables.size() - 1; i >= 0; i--) {
							s.executeUpdate("delete from " + quote(c, tables.get(i).name()));
						}
						// Sessions signed in before the restore end with it (cluster mode keeps them in the database).
						for (String sessions : List.of("spring_session_attributes", "spring_session")) {
							if (exists(c, sessions)) {
								s.executeUpdate("delete from " + sessions);
							}
						}
					}
					for (Table t : tables) {
						ZipEntry entry = zip.getEntry("tables/" + t.name().toLowerCase(Locale.ROOT) + ".jsonl");
						if (entry != null) {
							rows += readRows(c, t, zip.getInputStream(entry), manifestColumns(manifest, t.name()));
						}
					}
					c.commit();
				}
				catch (RuntimeException | SQLException | IOException e) {
					c.rollback();
					throw e;
				}
				// After the commit: on H2 restarting an identity is a schema change, which would commit on its own.
				c.setAutoCommit(true);
				restartIdentities(c, restored);
			}
			int files = restoreUploads(zip);
			reindex();
			return new Summary(version, tableCount, rows, files);
		}
		catch (SQLException e) {
			throw new IllegalStateException("The restore failed and changed nothing: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The backup " + file + " could not be read", e);
		}
	}

	// ---- tables, in an order where every table comes after the tables it refers to

	private List<Table> tables(Connection c) throws SQLException {
		DatabaseMetaData meta = c.getMetaData();
		String schema = c.getSchema();
		List<String> names = new ArrayList<>();
		try (ResultSet rs = meta.getTables(null, schema, "%", null)) {
			while (rs.next()) {
				String type = rs.getString("TABLE_TYPE");
				String name = rs.getString("TABLE_NAME");
				if (("TABLE".equals(type) || "BASE TABLE".equals(type)) && !SKIPPED.contains(name.toLowerCase(Locale.ROOT))) {
					names.add(name);
				}
			}
		}
		names.sort(String::compareTo);
		Map<String, Set<String>> refersTo = new LinkedHashMap<>();
		for (String name : names) {
			Set<String> parents = new LinkedHashSet<>();
			try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
				while (rs.next()) {
					String parent = rs.getString("PKTABLE_NAME");
					if (!parent.equals(name) && names.contains(parent)) {
						parents.add(parent);
					}
				}
			}
			refersTo.put(name, parents);
		}
		List<String> ordered = new ArrayList<>();
		while (ordered.size() < names.size()) {
			boolean progress = false;
			for (String name : names) {
				if (!ordered.contains(name) && ordered.containsAll(refersTo.get(name))) {
					ordered.add(name);
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("The tables refer to each other in a circle: " + names);
			}
		}
		List<Table> tables = new ArrayList<>();
		for (String name : ordered) {
			List<Column> columns = new ArrayList<>();
			try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
				while (rs.next()) {
					columns.add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
				}
			}
			tables.add(new Table(name, columns));
		}
		return tables;
	}

	private static String schemaVersion(Connection c) throws SQLException {
		// Flyway names its table and columns in lower case, quoted, on both databases.
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select \"version\" from \"flyway_schema_history\""
						+ " where \"success\" = true and \"version\" is not null order by \"installed_rank\" desc")) {
			return rs.next() ? rs.getString(1) : "none";
		}
	}

	private static boolean exists(Connection c, String table) throws SQLException {
		DatabaseMetaData meta = c.getMetaData();
		for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
			try (ResultSet rs = meta.getTables(null, c.getSchema(), name, null)) {
				if (rs.next()) {
					return true;
				}
			}
		}
		return false;
	}

	private static String quote(Connection c, String identifier) throws SQLException {
		String q = c.getMetaData().getIdentifierQuoteString();
		return q + identifier + q;
	}

	// ---- rows

	private long writeRows(Connection c, Table t, ZipOutputStream zip) throws SQLException, IOException {
		StringBuilder select = new StringBuilder("select ");
		for (int i = 0; i < t.columns().size(); i++) {
			select.append(i == 0 ? "" : ", ").append(quote(c, t.columns().get(i).name()));
		}
		select.append(" from ").append(quote(c, t.name()));
		long count = 0;
		BufferedWriter out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
		try (Statement s = c.createStatement()) {
			s.setFetchSize(1000);
			try (ResultSet rs = s.executeQuery(select.toString())) {
				while (rs.next()) {
					List<Object> values = new ArrayList<>(t.columns().size());
					for (int i = 0; i < t.columns().size(); i++) {
						values.add(read(rs, i + 1, t.columns().get(i)));
					}
					out.write(json.writeValueAsString(values));
					out.write('\n');
					count++;
				}
			}
		}
		out.flush();
		return count;
	}

	private static boolean withZone(Column col) {
		String name = col.typeName().toLowerCase(Locale.ROOT);
		return col.type() == Types.TIMESTAMP_WITH_TIMEZONE || name.contains("timestamptz") || name.contains("with time zone");
	}

	private static Object read(ResultSet rs, int i, Column col) throws SQLException {
		Object value;
		switch (col.type()) {
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> value = withZone(col) ? rs.getObject(i, OffsetDateTime.class)
					: rs.getObject(i, LocalDateTime.class);
			case Types.DATE -> value = rs.getObject(i, LocalDate.class);
			case Types.TIME -> value = rs.getObject(i, LocalTime.class);
			case Types.BOOLEAN, Types.BIT -> {
				boolean b = rs.getBoolean(i);
				value = rs.wasNull() ? null : b;
			}
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
				long l = rs.getLong(i);
				value = rs.wasNull() ? null : l;
			}
			case Types.NUMERIC, Types.DECIMAL -> {
				BigDecimal d = rs.getBigDecimal(i);
				value = d == null ? null : d.toPlainString();
			}
			case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
				double d = rs.getDouble(i);
				value = rs.wasNull() ? null : d;
			}
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
				byte[] bytes = rs.getBytes(i);
				value = bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
			}
			default -> value = rs.getString(i);
		}
		if (value instanceof Boolean || value instanceof Number || value == null) {
			return value;
		}
		return value.toString();
	}

	private List<String> manifestColumns(JsonNode manifest, String table) {
		for (JsonNode t : manifest.path("tables")) {
			if (t.path("name").asString().equalsIgnoreCase(table)) {
				List<String> columns = new ArrayList<>();
				t.path("columns").forEach(col -> columns.add(col.asString()));
				return columns;
			}
		}
		return List.of();
	}

	private long readRows(Connection c, Table t, InputStream in, List<String> backedUpColumns) throws SQLException, IOException {
		Map<String, Column> byName = new LinkedHashMap<>();
		t.columns().forEach(col -> byName.put(col.name().toLowerCase(Locale.ROOT), col));
		List<Column> columns = new ArrayList<>();
		for (String name : backedUpColumns) {
			Column col = byName.get(name);
			if (col == null) {
				throw new IllegalArgumentException("The backup has a column " + t.name() + "." + name + " this database does not have.");
			}
			columns.add(col);
		}
		StringBuilder insert = new StringBuilder("insert into ").append(quote(c, t.name())).append(" (");
		for (int i = 0; i < columns.size(); i++) {
			insert.append(i == 0 ? "" : ", ").append(quote(c, columns.get(i).name()));
		}
		insert.append(") values (").append("?, ".repeat(Math.max(0, columns.size() - 1))).append(columns.isEmpty() ? "" : "?").append(")");
		long count = 0;
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		try (PreparedStatement ps = c.prepareStatement(insert.toString())) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode values = json.readTree(line);
				for (int i = 0; i < columns.size(); i++) {
					write(ps, i + 1, columns.get(i), values.get(i));
				}
				ps.addBatch();
				if (++count % 500 == 0) {
					ps.executeBatch();
				}
			}
			ps.executeBatch();
		}
		return count;
	}

	private static void write(PreparedStatement ps, int i, Column col, JsonNode v) throws SQLException {
		if (v == null || v.isNull()) {
			ps.setNull(i, col.type());
			return;
		}
		switch (col.type()) {
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> ps.setObject(i,
					withZone(col) ? OffsetDateTime.parse(v.asString()) : LocalDateTime.parse(v.asString()));
			case Types.DATE -> ps.setObject(i, LocalDate.parse(v.asString()));
			case Types.TIME -> ps.setObject(i, LocalTime.parse(v.asString()));
			case Types.BOOLEAN, Types.BIT -> ps.setBoolean(i, v.asBoolean());
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> ps.setLong(i, v.asLong());
			case Types.NUMERIC, Types.DECIMAL -> ps.setBigDecimal(i, new BigDecimal(v.asString()));
			case Types.REAL, Types.FLOAT, Types.DOUBLE -> ps.setDouble(i, v.asDouble());
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> ps.setBytes(i, Base64.getDecoder().decode(v.asString()));
			// A PostgreSQL uuid (the event publication registry's ids): sent untyped, the server reads the text as its type.
			case Types.OTHER -> ps.setObject(i, v.asString(), Types.OTHER);
			default -> ps.setString(i, v.asString());
		}
	}

	private static final java.util.Set<Integer> NUMERIC_IDS = java.util.Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
			Types.NUMERIC, Types.DECIMAL);

	/** New rows get ids after the restored ones. */
	private static void restartIdentities(Connection c, List<Table> tables) throws SQLException {
		boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		try (Statement s = c.createStatement()) {
			for (Table t : tables) {
				// Only numeric ids are counted on (the event publication registry's are UUIDs).
				if (t.columns().stream().noneMatch(col -> col.name().equalsIgnoreCase("id") && NUMERIC_IDS.contains(col.type()))) {
					continue;
				}
				String table = quote(c, t.name());
				String id = quote(c, t.columns().stream().filter(col -> col.name().equalsIgnoreCase("id")).findFirst().orElseThrow().name());
				long next;
				try (ResultSet rs = s.executeQuery("select coalesce(max(" + id + "), 0) + 1 from " + table)) {
					rs.next();
					next = rs.getLong(1);
				}
				if (postgres) {
					try (ResultSet rs = s.executeQuery("select pg_get_serial_sequence('" + t.name() + "', 'id')")) {
						if (rs.next() && rs.getString(1) != null) {
							String sequence = rs.getString(1);
							try (ResultSet ignored = s.executeQuery("select setval('" + sequence + "', " + next + ", false)")) {
								// setval answers the value it set.
							}
						}
					}
				}
				else if (isIdentity(c, t.name())) {
					s.executeUpdate("alter table " + table + " alter column " + id + " restart with " + next);
				}
			}
		}
	}

	private static boolean isIdentity(Connection c, String table) throws SQLException {
		try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, "%")) {
			while (rs.next()) {
				if (rs.getString("COLUMN_NAME").equalsIgnoreCase("id")) {
					return "YES".equals(rs.getString("IS_AUTOINCREMENT"));
				}
			}
		}
		return false;
	}

	private int restoreUploads(ZipFile zip) throws IOException {
		int files = 0;
		for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
			if (entry.isDirectory() || !entry.getName().startsWith("uploads/")) {
				continue;
			}
			Path target = uploads.resolve(entry.getName().substring("uploads/".length())).normalize();
			Files.createDirectories(target.getParent());
			try (InputStream in = zip.getInputStream(entry)) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			files++;
		}
		return files;
	}

	private void reindex() {
		try {
			Search.mapping(entityManagerFactory).scope(Object.class).massIndexer().threadsToLoadObjects(2).startAndWait();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", e);
		}
	}
}
