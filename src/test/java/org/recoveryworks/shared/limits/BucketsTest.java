package org.recoveryworks.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.BucketConfiguration;

/** The buckets in memory (one node): a limit counts per key, on the application's clock, and is given again. */
class BucketsTest {

	/** A clock the test moves. */
	static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-12-06T10:00:00Z");

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	private static BucketConfiguration threePerMinute() {
		return BucketConfiguration.builder().addLimit(l -> l.capacity(3).refillIntervally(3, Duration.ofMinutes(1))).build();
	}

	@Test
	void aKeyGetsItsAllowanceAndItAgainAMinuteLaterOnTheApplicationsClock() {
		MovingClock clock = new MovingClock();
		Buckets buckets = new Buckets(clock, null, "memory");

		for (int i = 0; i < 3; i++) {
			assertThat(buckets.bucket("rate:search:203.0.113.5", BucketsTest::threePerMinute).tryConsume(1)).isTrue();
		}
		assertThat(buckets.bucket("rate:search:203.0.113.5", BucketsTest::threePerMinute).tryConsume(1)).isFalse();
		// Another address has its own.
		assertThat(buckets.bucket("rate:search:203.0.113.6", BucketsTest::threePerMinute).tryConsume(1)).isTrue();

		clock.move(Duration.ofSeconds(59));
		assertThat(buckets.bucket("rate:search:203.0.113.5", BucketsTest::threePerMinute).tryConsume(1)).isFalse();
		clock.move(Duration.ofSeconds(1));
		assertThat(buckets.bucket("rate:search:203.0.113.5", BucketsTest::threePerMinute).tryConsume(1)).isTrue();
	}

	@Test
	void fullBucketsAreForgottenAndOnesInUseKept() {
		MovingClock clock = new MovingClock();
		Buckets buckets = new Buckets(clock, null, "memory");
		buckets.bucket("used", BucketsTest::threePerMinute).tryConsume(2);
		buckets.bucket("full", BucketsTest::threePerMinute).getAvailableTokens();

		buckets.forgetFull();

		// The used one still counts what was taken; the full one starts again full (as it would have been).
		assertThat(buckets.bucket("used", BucketsTest::threePerMinute).getAvailableTokens()).isEqualTo(1);
		assertThat(buckets.bucket("full", BucketsTest::threePerMinute).getAvailableTokens()).isEqualTo(3);
	}

	@Test
	void anUnknownStoreIsRefusedAtStartUp() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Buckets(new MovingClock(), null, "redis"))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("'memory' or 'database'");
	}
}
