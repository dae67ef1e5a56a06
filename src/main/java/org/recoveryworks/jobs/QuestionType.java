package org.recoveryworks.jobs;

public enum QuestionType {
	TEXT, YES_NO, CHOICE
}
