package org.recoveryworks.seekers;

import java.util.List;

/**
 * What a person's profile gives an application: the phone number, and the work history and schooling the applicant may
 * send with it. The months are yyyy-MM; an empty end month means "now".
 */
public record ApplicantProfile(String phone, List<Work> work, List<School> schooling, String skills, String languages,
		String certifications) {

	/** A job or volunteer role. */
	public record Work(String employer, String title, String started, String ended, boolean volunteer, String duties) {
	}

	/** A school, course or training. */
	public record School(String school, String studied, Integer finished) {
	}

	/** Whether there is anything to send besides the contact details. */
	public boolean hasHistory() {
		return !work.isEmpty() || !schooling.isEmpty() || skills != null || languages != null || certifications != null;
	}
}
