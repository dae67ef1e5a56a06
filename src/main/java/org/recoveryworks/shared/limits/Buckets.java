package org.recoveryworks.shared.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Token buckets (Bucket4j) for the rate limits and the sign-in throttle, by key. On one node they are kept in memory;
 * with {@code recoveryworks.rate-limit.store=database} (the cluster profile) they are kept in the database's
 * {@code rate_limit_bucket} table, each use a row locked for the moment it takes, so a limit holds across all nodes
 * instead of each node allowing it once. Time is the application's clock.
 */
@Component
public class Buckets {

	private static final Logger log = LoggerFactory.getLogger(Buckets.class);

	/** A bucket kept in memory, with its configuration (to know when it is full again and can be forgotten). */
	private record Local(Bucket bucket, long capacity) {
	}

	private final TimeMeter time;
	private final PostgreSQLSelectForUpdateBasedProxyManager<String> database;
	private final Map<String, Local> local = new ConcurrentHashMap<>();

	Buckets(Clock clock, DataSource dataSource, @Value("${recoveryworks.rate-limit.store:memory}") String store) {
		this.time = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
		if (!store.equals("memory") && !store.equals("database")) {
			throw new IllegalStateException("recoveryworks.rate-limit.store is 'memory' or 'database', not '" + store + "'");
		}
		this.database = store.equals("database") ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.clientClock(time)
			.build() : null;
	}

	/**
	 * The bucket of {@code key}, made with {@code configuration} the first time it is used. The key (which holds an
	 * e-mail or network address) is kept only as its SHA-256 hash.
	 */
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		if (database != null) {
			return database.getProxy(hash(key), configuration);
		}
		return local.computeIfAbsent(key, k -> {
			BucketConfiguration made = configuration.get();
			var builder = Bucket.builder().withCustomTimePrecision(time);
			java.util.Arrays.stream(made.getBandwidths()).forEach(builder::addLimit);
			return new Local(builder.build(), made.getBandwidths()[0].getCapacity());
		}).bucket();
	}

	private static String hash(String key) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
				.digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Forgets the buckets that are full again (they would be made the same), in memory or in the database. */
	@Scheduled(fixedDelayString = "PT1M")
	public void forgetFull() {
		if (database != null) {
			int removed;
			do {
				removed = database.removeExpired(1000);
			}
			while (removed == 1000);
			return;
		}
		local.values().removeIf(l -> l.bucket().getAvailableTokens() >= l.capacity());
		log.trace("{} rate-limit buckets in memory", local.size());
	}
}
