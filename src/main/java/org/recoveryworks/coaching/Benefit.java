package org.recoveryworks.coaching;

/** Disability or other benefits received at intake. */
public enum Benefit {
	SSI, SSDI, OTHER, NONE
}
