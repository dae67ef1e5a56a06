package org.recoveryworks.shared;

/** Who is acting, as modules below accounts (the audit trail) see a signed-in user. */
public interface Actor {

	Long id();

	/** The role's name, for example COACH. */
	String actorRole();
}
