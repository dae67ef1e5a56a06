package org.recoveryworks.demo;

/** The demo accounts ({@link DemoData}), for tests in other packages that sign in as them. */
public final class DemoAccounts {

	public static final String PASSWORD = DemoData.PASSWORD;
	public static final String ADMIN = DemoData.ADMIN;
	public static final String SEEKER = DemoData.SEEKER;
	public static final String COACH = DemoData.COACH;
	public static final String SUPERVISOR = DemoData.SUPERVISOR;
	public static final String PRIVACY_OFFICER = DemoData.PRIVACY_OFFICER;
	/** The hiring staff of one demo employer (a verified one with postings): {@code hiring@<key>.example.org}. */
	public static final String EMPLOYER = "hiring@harborlight.example.org";

	private DemoAccounts() {
	}
}
