package org.recoveryworks.seekers;

import java.util.List;

/**
 * A résumé as the person chose it: their name, the contact details if chosen, and the chosen lines of their profile.
 * Months of work are already in words ("March 2021 to now").
 */
record Resume(String name, String email, String phone, String town, List<Line> work, List<ProfileView.School> schooling, String skills,
		String languages, String certifications) {

	/** A job or volunteer role with its months in words. */
	record Line(String title, String employer, String months, boolean volunteer, List<String> duties) {
	}

	public boolean hasContact() {
		return email != null || phone != null || town != null;
	}
}
