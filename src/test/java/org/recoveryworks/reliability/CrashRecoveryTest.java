package org.recoveryworks.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of writes: 20 job seekers apply to one posting and an employer keeps
 * publishing; the application is killed with SIGKILL and started again on the same files. Every
 * acknowledged application and posting is in the database, once, and every acknowledged posting
 * is searchable (the start-up check puts what the index lost back). The full load test with 200
 * applicants is ApplyLoadTest (README).
 */
@org.junit.jupiter.api.Tag("integration")
class CrashRecoveryTest {

	@Test
	void nothingAcknowledgedIsLostWhenTheProcessIsKilled() throws Exception {
		// The application under test runs on its own H2 files: the PostgreSQL run would test the same thing again.
		Assumptions.assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null, "Runs in the H2 run only");
		Path dir = Path.of("target", "reliability", "crash-" + System.currentTimeMillis());
		try (AppProcess app = new AppProcess(dir, List.of())) {
			app.start();
			ApplyLoad.Result result = new ApplyLoad(app).run(20, Duration.ofSeconds(30), Duration.ofSeconds(8), Duration.ofSeconds(5));
			System.out.println("Crash test: " + result.describe());
			assertThat(result.acknowledgedApplicants()).as(result.describe()).isEqualTo(20);
			assertThat(result.errors()).as("errors: %s", result.errorSamples()).isZero();
			assertThat(result.unavailable()).as("requests refused while the app was down").isPositive();
			assertThat(result.missing()).as("acknowledged applications missing").isEmpty();
			assertThat(result.duplicatesInDatabase()).isZero();
			assertThat(result.acknowledgedPostings()).isPositive();
			assertThat(result.postingsMissing()).as("acknowledged postings missing").isEmpty();
			assertThat(result.postingsNotSearchable()).as("acknowledged postings not in the search index").isEmpty();
		}
	}
}
