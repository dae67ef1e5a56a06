package org.recoveryworks.coaching;

/** Disability or other benefits received at intake. */
enum Benefit {
	SSI, SSDI, OTHER, NONE
}
