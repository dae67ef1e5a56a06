package org.recoveryworks.outcomes;

/** Why a benefit changed; "earnings from work" is what the program results count. */
enum BenefitChangeReason {
	EARNINGS_FROM_WORK, MEDICAL_REVIEW, OTHER_INCOME, OTHER
}
