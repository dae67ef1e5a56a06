package org.recoveryworks.coaching;

enum StepStatus {
	NOT_STARTED, IN_PROGRESS, DONE, DROPPED
}
