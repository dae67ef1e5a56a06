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

	@Override
	public Instant instant() {
		return SYSTEM.instant();
	}

	@Override
	public long millis() {
		return SYSTEM.millis();
	}
}
