package org.recoveryworks.jobs;

import org.recoveryworks.shared.RuleViolation;

/** One application per seeker per posting. */
public class AlreadyApplied extends RuleViolation {

	private final Long applicationId;

	public AlreadyApplied(Long applicationId) {
		super(null, "apply.already", "You have already applied to this job.");
		this.applicationId = applicationId;
	}

	public Long applicationId() {
		return applicationId;
	}
}
