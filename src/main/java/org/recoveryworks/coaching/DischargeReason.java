package org.recoveryworks.coaching;

/** Why an enrollment ended. */
public enum DischargeReason {
	GOALS_MET, CHOSE_TO_LEAVE, MOVED_AWAY, REFERRED_ELSEWHERE, LOST_CONTACT, OTHER
}
