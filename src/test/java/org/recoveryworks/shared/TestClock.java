package org.recoveryworks.shared;

import java.time.Clock;
import java.time.Duration;

/** Moves the application's clock ahead, so a test that needs time to pass does not wait for it on the wall clock. */
public final class TestClock {

	private TestClock() {
	}

	/** Whether {@code clock} is the application's, which {@link #advance} can move. */
	public static boolean advances(Clock clock) {
		return clock instanceof DeploymentClock;
	}

	/** Moves the deployment's clock (the application's {@link Clock} bean) ahead by {@code by}. */
	public static void advance(Clock clock, Duration by) {
		if (!(clock instanceof DeploymentClock deployment)) {
			throw new IllegalArgumentException("Not the application's clock: " + clock);
		}
		deployment.advance(by);
	}
}
