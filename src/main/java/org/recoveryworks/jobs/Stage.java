package org.recoveryworks.jobs;

import java.util.List;

/** Where an application is. WITHDRAWN is the seeker's own choice; the others are set by the employer. */
public enum Stage {
	RECEIVED, UNDER_REVIEW, INTERVIEW, OFFER, HIRED, NOT_SELECTED, WITHDRAWN;

	static final List<Stage> EMPLOYER_STAGES = List.of(RECEIVED, UNDER_REVIEW, INTERVIEW, OFFER, HIRED, NOT_SELECTED);

	boolean isFinal() {
		return this == HIRED || this == NOT_SELECTED || this == WITHDRAWN;
	}
}
