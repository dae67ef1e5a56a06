package org.recoveryworks.outcomes;

/** The disability benefits whose changes are tracked. */
enum BenefitProgram {
	SSI, SSDI
}
