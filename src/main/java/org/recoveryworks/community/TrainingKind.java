package org.recoveryworks.community;

enum TrainingKind {
	WORKSHOP, WEBINAR, CONFERENCE, COURSE
}
