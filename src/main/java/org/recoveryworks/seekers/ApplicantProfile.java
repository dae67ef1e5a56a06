package org.recoveryworks.seekers;

import java.util.List;
import java.util.Set;

/**
 * What a person's profile gives an application: the phone number, and the work history and schooling the applicant may
 * send with it. The months are yyyy-MM; an empty end month means "now".
 */
public record ApplicantProfile(String phone, List<Work> work, List<School> schooling, String skills, String languages,
		String certifications) {

	/** A job or volunteer role ({@code id}: its line in the profile; null for a line not saved yet). */
	public record Work(Long id, String employer, String title, String started, String ended, boolean volunteer, String duties) {
	}

	/** A school, course or training ({@code id}: its line in the profile; null for a line not saved yet). */
	public record School(Long id, String school, String studied, Integer finished) {
	}

	/**
	 * Only what the applicant chose to send: the lines of work and schooling with these ids, and the skills, languages
	 * and certificates if {@code withSkills}.
	 */
	public ApplicantProfile only(Set<Long> workIds, Set<Long> schoolingIds, boolean withSkills) {
		return new ApplicantProfile(phone, work.stream().filter(w -> workIds.contains(w.id())).toList(),
				schooling.stream().filter(s -> schoolingIds.contains(s.id())).toList(), withSkills ? skills : null,
				withSkills ? languages : null, withSkills ? certifications : null);
	}

	/** Whether there is anything to send besides the contact details. */
	public boolean hasHistory() {
		return !work.isEmpty() || !schooling.isEmpty() || skills != null || languages != null || certifications != null;
	}
}
