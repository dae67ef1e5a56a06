package org.recoveryworks.jobs;

/** What a posting is for readers today: a draft, published but not open yet, open, closed, or filled. */
public enum PostingState {
	DRAFT, SCHEDULED, OPEN, CLOSED, FILLED
}
