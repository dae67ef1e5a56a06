package org.recoveryworks.coaching;

public enum SessionKind {
	WORK_LIFE_COACHING, JOB_SEARCH, JOB_DEVELOPMENT, BENEFITS_COUNSELING, FOLLOW_ALONG
}
