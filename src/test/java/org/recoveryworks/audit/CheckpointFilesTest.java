package org.recoveryworks.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Checkpoint files: production names their directory; each is signed, and one changed or signed with another key is refused. */
class CheckpointFilesTest {

	private static final AuditSeals SEALS = new AuditSeals("a-test-audit-key-of-32-characters-or-more");

	@TempDir
	Path dir;

	@Test
	void productionDoesNotStartWithoutACheckpointDirectoryAndTheEmbeddedModeHasOne() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("postgres");
		assertThatThrownBy(() -> new CheckpointFiles(production, " ", SEALS)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("RECOVERYWORKS_AUDIT_CHECKPOINTDIR");
		assertThat(new CheckpointFiles(production, dir.toString(), SEALS).directory()).isEqualTo(dir.toAbsolutePath());
		assertThat(new CheckpointFiles(new MockEnvironment(), "", SEALS).directory())
			.isEqualTo(Path.of("./data/audit-checkpoints").toAbsolutePath().normalize());
	}

	@Test
	void aCheckpointIsReadBackOnlyWithItsSignatureAndTheSameKey() throws Exception {
		CheckpointFiles files = new CheckpointFiles(new MockEnvironment(), dir.resolve("checkpoints").toString(), SEALS);
		assertThat(files.read().valid()).isEmpty();
		CheckpointFiles.Checkpoint first = files.write(41, "a".repeat(64), Instant.parse("2026-12-01T07:50:00.123Z"));
		CheckpointFiles.Checkpoint second = files.write(42, "b".repeat(64), Instant.parse("2026-12-02T07:50:00Z"));
		assertThat(first.at()).isEqualTo(Instant.parse("2026-12-01T07:50:00Z"));
		assertThat(files.read().valid()).containsExactlyInAnyOrder(first, second);
		assertThat(files.read().newest()).isEqualTo(second);

		Path file = files.directory().resolve(second.file());
		Files.writeString(file, Files.readString(file).replace("b".repeat(64), "c".repeat(64)));
		CheckpointFiles.Found found = files.read();
		assertThat(found.valid()).containsExactly(first);
		assertThat(found.unsigned()).containsExactly(second.file());

		CheckpointFiles otherKey = new CheckpointFiles(new MockEnvironment(), files.directory().toString(),
				new AuditSeals("another-key-of-at-least-32-characters"));
		assertThat(otherKey.read().valid()).isEmpty();
		assertThat(otherKey.read().unsigned()).hasSize(2);
	}
}
