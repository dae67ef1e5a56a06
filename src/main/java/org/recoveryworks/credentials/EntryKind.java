package org.recoveryworks.credentials;

/** What a logged entry is. */
enum EntryKind {
	EDUCATION(false, false),
	WORK(true, false),
	SUPERVISION(true, false),
	TRAINING(true, true),
	EXAM(false, false),
	CERTIFIED(false, true),
	RENEWED(false, false),
	CONTINUING_EDUCATION(true, true);

	private final boolean hours;
	private final boolean certificate;

	EntryKind(boolean hours, boolean certificate) {
		this.hours = hours;
		this.certificate = certificate;
	}

	/** Whether the entry counts hours (work, supervision, training, continuing education). */
	public boolean takesHours() {
		return hours;
	}

	/** Whether a certificate can be attached (training, continuing education, the certification itself). */
	public boolean takesCertificate() {
		return certificate;
	}
}
