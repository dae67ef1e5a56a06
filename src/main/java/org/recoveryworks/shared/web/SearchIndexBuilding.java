package org.recoveryworks.shared.web;

/**
 * The search index is being built (after a fresh start or a restore): searching now would find
 * nothing, so the request is answered "not ready yet, try again shortly" (503 with Retry-After).
 */
public class SearchIndexBuilding extends RuntimeException {

	public SearchIndexBuilding() {
		super("The search index is being built");
	}
}
