package org.recoveryworks.jobs;

/** What an employer did with a posting. Whether it is open also depends on its dates: see {@link PostingState}. */
public enum PostingStatus {
	DRAFT, PUBLISHED, CLOSED, FILLED
}
