package org.recoveryworks.jobs;

public enum Shift {
	FIRST, SECOND, THIRD, ROTATING, FLEXIBLE
}
