package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The map's tile server, when one is configured, is the only other origin allowed to serve images. */
class SecurityConfigurationTest {

	@Test
	void theTileServersOriginAndNothingElseIsAddedToTheImageSources() {
		assertThat(SecurityConfiguration.tileOrigin("https://tiles.example.org:8443/{z}/{x}/{y}.png")).isEqualTo(" https://tiles.example.org:8443");
		assertThat(SecurityConfiguration.tileOrigin("https://tiles.example.org/{z}/{x}/{y}.png")).isEqualTo(" https://tiles.example.org");
		assertThat(SecurityConfiguration.tileOrigin("javascript:alert(1)/{z}{x}{y}")).isEmpty();
		assertThat(SecurityConfiguration.tileOrigin("")).isEmpty();
		assertThat(SecurityConfiguration.tileOrigin(null)).isEmpty();
	}
}
