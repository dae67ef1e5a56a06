package org.recoveryworks.seekers;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/** A person's profile as their page shows it; {@link #EMPTY} before they save anything. */
record ProfileView(String phone, String town, Set<DayOfWeek> days, Set<TimeOfDay> times, Integer hoursPerWeek, Set<Transport> transport,
		Integer maxMiles, String skills, String languages, String certifications, List<Work> work, List<School> schooling,
		boolean showCredentials, List<VerifiedCredentials.Held> credentials) {

	static final ProfileView EMPTY = new ProfileView(null, null, Set.of(), Set.of(), null, Set.of(), null, null, null, null, List.of(),
			List.of(), false, List.of());

	/** The same profile with the credentials the person holds (listed when they chose). */
	ProfileView withCredentials(List<VerifiedCredentials.Held> held) {
		return new ProfileView(phone, town, days, times, hoursPerWeek, transport, maxMiles, skills, languages, certifications, work, schooling,
				showCredentials, held);
	}

	/** The credentials to list: those held, if the person chose to list them. */
	public List<VerifiedCredentials.Held> listed() {
		return showCredentials ? credentials : List.of();
	}

	/** A line of work history. */
	record Work(Long id, String employer, String title, String started, String ended, boolean volunteer, String duties) {
	}

	/** A line of schooling. */
	record School(Long id, String school, String studied, Integer finished) {
	}

	static ProfileView of(SeekerProfile p) {
		return new ProfileView(p.getPhone(), p.getTown(), p.getDays(), p.getTimes(), p.getHoursPerWeek(), p.getTransport(), p.getMaxMiles(),
				p.getSkills(), p.getLanguages(), p.getCertifications(),
				p.getWork().stream().map(w -> new Work(w.getId(), w.getEmployer(), w.getTitle(), w.getStarted(), w.getEnded(), w.isVolunteer(),
						w.getDuties())).toList(),
				p.getSchooling().stream().map(s -> new School(s.getId(), s.getSchool(), s.getStudied(), s.getFinished())).toList(),
				p.isShowCredentials(), List.of());
	}
}
