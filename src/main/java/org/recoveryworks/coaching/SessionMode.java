package org.recoveryworks.coaching;

enum SessionMode {
	IN_PERSON, PHONE, VIDEO, ACCOMPANYING
}
