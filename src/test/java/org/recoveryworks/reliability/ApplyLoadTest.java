package org.recoveryworks.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load test (README, docs/reliability.md): 200 job seekers apply to the same posting for 60
 * seconds, each sending every application twice at once; no errors, no duplicate applications,
 * every acknowledged application in the database. With {@code -Dload.crash=true}
 * (scripts/crash-test.sh) the application is killed with SIGKILL after 30 seconds, started again,
 * and the load goes on for 20 seconds more; nothing acknowledged may be lost. Results are
 * appended to target/reliability/results.txt.
 */
@Tag("load")
class ApplyLoadTest {

	@Test
	void twoHundredApplicantsApplyToOnePosting() throws Exception {
		int users = Integer.getInteger("load.users", 200);
		Duration duration = Duration.ofSeconds(Long.getLong("load.seconds", 60));
		boolean crash = Boolean.getBoolean("load.crash");
		Path dir = Path.of("target", "reliability", (crash ? "crash-" : "load-") + System.currentTimeMillis());
		try (AppProcess app = new AppProcess(dir, List.of())) {
			app.start();
			ApplyLoad.Result result = new ApplyLoad(app).run(users, duration, crash ? Duration.ofSeconds(30) : null,
					Duration.ofSeconds(20));
			// The app under test runs in its own process, with its own clock: the results line is stamped in UTC, whatever the JVM's zone.
			String line = Instant.now(java.time.Clock.systemUTC()) + (crash ? " crash test: " : " load test: ") + result.describe();
			System.out.println(line);
			Files.writeString(Path.of("target", "reliability", "results.txt"), line + System.lineSeparator(), StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
			assertThat(result.errors()).as("errors: %s", result.errorSamples()).isZero();
			assertThat(result.acknowledgedApplicants()).isEqualTo(users);
			assertThat(result.missing()).as("acknowledged applications missing").isEmpty();
			assertThat(result.duplicatesInDatabase()).isZero();
			assertThat(result.applicationsInDatabase()).isEqualTo(users);
			assertThat(result.postingsMissing()).as("acknowledged postings missing").isEmpty();
			assertThat(result.postingsNotSearchable()).as("acknowledged postings not searchable").isEmpty();
			if (crash) {
				assertThat(result.unavailable()).as("requests refused while the app was down").isPositive();
			}
		}
	}
}
