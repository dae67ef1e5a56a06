package org.recoveryworks.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Production refuses to start without its keys; the embedded mode makes and keeps its own. */
class DeploymentSecretsTest {

	@TempDir
	Path dir;

	static final String AUDIT_KEY = "an-audit-key-of-at-least-32-characters";

	@Test
	void productionDoesNotStartWithoutItsKeysAndSaysWhatToSet() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("postgres");
		assertThatThrownBy(() -> new DeploymentSecrets(production, "", "", "", dir.toString()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("RECOVERYWORKS_SECRETKEY")
			.hasMessageContaining("RECOVERYWORKS_OUTCOMES_PSEUDONYMKEY")
			.hasMessageContaining("RECOVERYWORKS_AUDIT_KEY");
		assertThatThrownBy(() -> new DeploymentSecrets(production, "a2V5", "", AUDIT_KEY, dir.toString()))
			.hasMessageContaining("RECOVERYWORKS_OUTCOMES_PSEUDONYMKEY")
			.hasMessageNotContaining("RECOVERYWORKS_SECRETKEY")
			.hasMessageNotContaining("RECOVERYWORKS_AUDIT_KEY");
		assertThatThrownBy(() -> new DeploymentSecrets(production, "a2V5", "codes", " ", dir.toString()))
			.hasMessageContaining("RECOVERYWORKS_AUDIT_KEY")
			.hasMessageNotContaining("RECOVERYWORKS_SECRETKEY")
			.hasMessageNotContaining("RECOVERYWORKS_OUTCOMES_PSEUDONYMKEY");
		DeploymentSecrets set = new DeploymentSecrets(production, "a2V5", "codes", AUDIT_KEY, dir.toString());
		assertThat(set.secretKey()).isEqualTo("a2V5");
		assertThat(set.pseudonymKey()).isEqualTo("codes");
		assertThat(set.auditKey()).isEqualTo(AUDIT_KEY);
		assertThat(dir).isEmptyDirectory();
	}

	@Test
	void aShortAuditKeyIsRefusedInEveryMode() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("postgres");
		assertThatThrownBy(() -> new DeploymentSecrets(production, "a2V5", "codes", "short", dir.toString()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("RECOVERYWORKS_AUDIT_KEY")
			.hasMessageContaining("too short");
		assertThatThrownBy(() -> new DeploymentSecrets(new MockEnvironment(), "", "", "short", dir.toString()))
			.hasMessageContaining("too short");
	}

	@Test
	void theEmbeddedModeGeneratesItsKeysOnceAndKeepsThemOwnerOnly() throws Exception {
		Path keys = dir.resolve("keys");
		DeploymentSecrets first = new DeploymentSecrets(new MockEnvironment(), "", "", "", keys.toString());
		assertThat(Base64.getDecoder().decode(first.secretKey())).hasSize(32);
		assertThat(first.pseudonymKey()).isNotBlank().isNotEqualTo(first.secretKey());
		assertThat(Base64.getDecoder().decode(first.auditKey())).hasSize(32);
		assertThat(first.auditKey()).isNotEqualTo(first.secretKey()).isNotEqualTo(first.pseudonymKey());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("secret-key")))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("audit-key")))).isEqualTo("rw-------");
		DeploymentSecrets again = new DeploymentSecrets(new MockEnvironment(), "", "", "", keys.toString());
		assertThat(again.secretKey()).isEqualTo(first.secretKey());
		assertThat(again.pseudonymKey()).isEqualTo(first.pseudonymKey());
		assertThat(again.auditKey()).isEqualTo(first.auditKey());
	}
}
