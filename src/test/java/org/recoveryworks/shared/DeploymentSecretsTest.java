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

	@Test
	void productionDoesNotStartWithoutItsKeysAndSaysWhatToSet() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("postgres");
		assertThatThrownBy(() -> new DeploymentSecrets(production, "", "", dir.toString()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("RECOVERYWORKS_SECRETKEY")
			.hasMessageContaining("RECOVERYWORKS_OUTCOMES_PSEUDONYMKEY");
		assertThatThrownBy(() -> new DeploymentSecrets(production, "a2V5", "", dir.toString()))
			.hasMessageContaining("RECOVERYWORKS_OUTCOMES_PSEUDONYMKEY")
			.hasMessageNotContaining("RECOVERYWORKS_SECRETKEY");
		DeploymentSecrets set = new DeploymentSecrets(production, "a2V5", "codes", dir.toString());
		assertThat(set.secretKey()).isEqualTo("a2V5");
		assertThat(set.pseudonymKey()).isEqualTo("codes");
		assertThat(dir).isEmptyDirectory();
	}

	@Test
	void theEmbeddedModeGeneratesItsKeysOnceAndKeepsThemOwnerOnly() throws Exception {
		Path keys = dir.resolve("keys");
		DeploymentSecrets first = new DeploymentSecrets(new MockEnvironment(), "", "", keys.toString());
		assertThat(Base64.getDecoder().decode(first.secretKey())).hasSize(32);
		assertThat(first.pseudonymKey()).isNotBlank().isNotEqualTo(first.secretKey());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("secret-key")))).isEqualTo("rw-------");
		DeploymentSecrets again = new DeploymentSecrets(new MockEnvironment(), "", "", keys.toString());
		assertThat(again.secretKey()).isEqualTo(first.secretKey());
		assertThat(again.pseudonymKey()).isEqualTo(first.pseudonymKey());
	}
}
