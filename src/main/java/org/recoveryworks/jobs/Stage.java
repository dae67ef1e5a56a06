package org.recoveryworks.jobs;

import java.util.List;

/** Where an application is. WITHDRAWN is the seeker's own choice; the others are set by the employer. */
public enum Stage {
	RECEIVED, UNDER_REVIEW, INTERVIEW, OFFER, HIRED, NOT_SELECTED, WITHDRAWN;

	static final List<Stage> EMPLOYER_STAGES = List.of(RECEIVED, UNDER_REVIEW, INTERVIEW, OFFER, HIRED, NOT_SELECTED);

	boolean isFinal() {
		return this == HIRED || this == NOT_SELECTED || this == WITHDRAWN;
	}

	/**
	 * The moves allowed from here: an open application moves to any stage; one not selected can be reconsidered
	 * (back to review); a hire and a withdrawal are final. Staying where it is is no move (the same form sent twice).
	 */
	public boolean canMoveTo(Stage next) {
		if (next == this) {
			return true;
		}
		return switch (this) {
			case HIRED, WITHDRAWN -> false;
			case NOT_SELECTED -> next == UNDER_REVIEW;
			default -> true;
		};
	}

	/** Whether the employer can still move it anywhere. */
	public boolean hasMoves() {
		return this != HIRED && this != WITHDRAWN;
	}
}
