package org.recoveryworks.organizations;

import java.util.Arrays;
import java.util.List;

/** What sort of organization it is: an employer of one of three kinds, or a peer employment program. */
public enum OrganizationKind {
	STATE_AGENCY, NONPROFIT_PROVIDER, PRIVATE_EMPLOYER,
	/** A peer employment program: its staff coach participants. Not an employer: it posts no jobs. */
	PEER_EMPLOYMENT_PROGRAM;

	public boolean isEmployer() {
		return this != PEER_EMPLOYMENT_PROGRAM;
	}

	/** The kinds an employer chooses from when registering. */
	public static List<OrganizationKind> employerKinds() {
		return Arrays.stream(values()).filter(OrganizationKind::isEmployer).toList();
	}
}
