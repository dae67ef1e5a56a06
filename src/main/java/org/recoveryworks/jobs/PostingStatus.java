package org.recoveryworks.jobs;

/**
 * What an employer did with a posting, and the moves allowed between: a draft is published; a published posting
 * is closed or filled; a closed one is published again (reopened) or filled; a filled one stays filled. Whether it
 * is open also depends on its dates: see {@link PostingState}.
 */
public enum PostingStatus {
	DRAFT, PUBLISHED, CLOSED, FILLED;

	public boolean canPublish() {
		return this == DRAFT || this == CLOSED;
	}

	public boolean canClose() {
		return this == PUBLISHED;
	}

	public boolean canFill() {
		return this == PUBLISHED || this == CLOSED;
	}
}
