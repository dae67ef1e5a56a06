package org.recoveryworks.accounts;

/** What a user may do; see DESIGN.md "People and roles". */
public enum Role {
	SEEKER, EMPLOYER, COACH, SUPERVISOR, ADMIN, PRIVACY_OFFICER
}
