package org.recoveryworks.coaching;

enum TrainingKind {
	WORKSHOP, WEBINAR, CONFERENCE, COURSE
}
