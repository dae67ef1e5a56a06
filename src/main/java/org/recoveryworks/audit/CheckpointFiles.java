package org.recoveryworks.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Checkpoints: copies of the chain's head kept outside the database, one small signed text file each,
 * in {@code recoveryworks.audit.checkpoint-dir}. A rewritten or shortened chain no longer matches them.
 * Production (the {@code postgres} profile) does not start without the directory; the embedded mode
 * uses ./data/audit-checkpoints.
 */
@Component
class CheckpointFiles {

	static final String PREFIX = "audit-checkpoint-";
	private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	/** The head at a moment: the chain had {@code sequence} links and the last one was {@code hash}. */
	record Checkpoint(long sequence, String hash, Instant at, String file) {
	}

	/** The checkpoints whose signature holds, and the names of the files whose signature does not. */
	record Found(List<Checkpoint> valid, List<String> unsigned) {

		/** The newest: the one with the most links (then the latest). */
		Checkpoint newest() {
			Checkpoint newest = null;
			for (Checkpoint c : valid) {
				if (newest == null || c.sequence() > newest.sequence()
						|| (c.sequence() == newest.sequence() && c.at().isAfter(newest.at()))) {
					newest = c;
				}
			}
			return newest;
		}
	}

	private final Path directory;
	private final AuditSeals seals;

	CheckpointFiles(Environment environment, @Value("${recoveryworks.audit.checkpoint-dir:}") String directory, AuditSeals seals) {
		if (directory == null || directory.isBlank()) {
			if (environment.acceptsProfiles(Profiles.of("postgres"))) {
				throw new IllegalStateException("RecoveryWorks does not start on PostgreSQL without a directory for the audit trail's"
						+ " checkpoints. Set RECOVERYWORKS_AUDIT_CHECKPOINTDIR to a directory on another machine or volume than the"
						+ " database (a network share, say). See docs/operations.md.");
			}
			directory = "./data/audit-checkpoints";
		}
		this.directory = Path.of(directory.trim()).toAbsolutePath().normalize();
		this.seals = seals;
	}

	Path directory() {
		return directory;
	}

	/**
	 * Writes a checkpoint, signed with the audit key: to a temporary file first, then moved into place in
	 * one step, so no reader ever sees half a checkpoint.
	 */
	Checkpoint write(long sequence, String hash, Instant now) {
		Instant at = now.truncatedTo(ChronoUnit.SECONDS);
		String name = PREFIX + NAME_TIME.format(at) + "-link-" + sequence + ".txt";
		String text = "# RecoveryWorks audit trail checkpoint: the end of the chain at this time. Keep it away from the database;"
				+ " see docs/reliability.md.\n" + "link: " + sequence + "\n" + "hash: " + hash + "\n" + "time: " + at + "\n" + "signature: "
				+ seals.checkpoint(sequence, hash, at.toString()) + "\n";
		try {
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, ".checkpoint", ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The audit checkpoint could not be written to " + directory, e);
		}
		return new Checkpoint(sequence, hash, at, name);
	}

	/** Every checkpoint file in the directory (none if there is no directory yet). */
	Found read() {
		List<Checkpoint> valid = new ArrayList<>();
		List<String> unsigned = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return new Found(valid, unsigned);
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*.txt")) {
			for (Path file : files) {
				Checkpoint c = parse(file);
				if (c == null) {
					unsigned.add(file.getFileName().toString());
				}
				else {
					valid.add(c);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("The audit checkpoints in " + directory + " could not be read", e);
		}
		unsigned.sort(null);
		return new Found(valid, unsigned);
	}

	/** The checkpoint in the file, or null if it is not one the audit key signed (or not text at all). */
	private Checkpoint parse(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			return null;
		}
		Map<String, String> fields = new HashMap<>();
		for (String line : lines) {
			int colon = line.indexOf(": ");
			if (!line.startsWith("#") && colon > 0) {
				fields.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
			}
		}
		String link = fields.get("link");
		String hash = fields.get("hash");
		String time = fields.get("time");
		if (link == null || hash == null || time == null || !link.matches("[0-9]{1,18}")
				|| !AuditSeals.same(seals.checkpoint(Long.parseLong(link), hash, time), fields.get("signature"))) {
			return null;
		}
		try {
			return new Checkpoint(Long.parseLong(link), hash, Instant.parse(time), file.getFileName().toString());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
