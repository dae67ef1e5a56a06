package org.recoveryworks.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the deployment's time zone, which the administrator sets up (and may change)
 * while the application runs: every "today" is a day in this zone.
 */
final class DeploymentClock extends Clock {

	/** The instants: the system's. Only the zone is the deployment's. */
	private static final Clock SYSTEM = Clock.systemUTC();

	private volatile ZoneId zone;

	/** How far ahead of the system's time this clock runs: zero, except where a test moves time on instead of waiting. */
	private volatile long aheadMillis;

	DeploymentClock(ZoneId zone) {
		this.zone = zone;
	}

	void setZone(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return Clock.system(other);
	}

	/** Moves this clock ahead (never back): for tests, which move time on rather than wait for it. */
	void advance(java.time.Duration by) {
		if (by.isNegative()) {
			throw new IllegalArgumentException("A clock only moves ahead");
		}
		aheadMillis += by.toMillis();
	}

	@Override
	public Instant instant() {
		return SYSTEM.instant().plusMillis(aheadMillis);
	}

	@Override
	public long millis() {
		return SYSTEM.millis() + aheadMillis;
	}
}
