package org.recoveryworks.jobs;

import org.recoveryworks.shared.RuleViolation;

/** A search near a ZIP code or town we cannot locate. */
public class UnknownPlace extends RuleViolation {

	public UnknownPlace(String place) {
		super("zip", "search.zip.unknown", "We could not find that ZIP code or town.", place);
	}
}
