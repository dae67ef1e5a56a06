package org.recoveryworks.coaching;

public enum SessionMode {
	IN_PERSON, PHONE, VIDEO, ACCOMPANYING
}
