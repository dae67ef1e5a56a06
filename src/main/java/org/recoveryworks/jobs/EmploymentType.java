package org.recoveryworks.jobs;

public enum EmploymentType {
	FULL_TIME, PART_TIME, TEMPORARY, PER_DIEM;

	/** schema.org JobPosting employmentType value. */
	String schemaOrg() {
		return switch (this) {
			case FULL_TIME -> "FULL_TIME";
			case PART_TIME -> "PART_TIME";
			case TEMPORARY -> "TEMPORARY";
			case PER_DIEM -> "PER_DIEM";
		};
	}
}
