package org.recoveryworks.seekers;

import java.util.HashSet;
import java.util.Set;

/** What goes on a résumé: contact details, which lines of work and schooling, and the skills, languages and certificates. */
class ResumeChoice {

	private boolean contact = true;

	private Set<Long> work = new HashSet<>();

	private Set<Long> schooling = new HashSet<>();

	private boolean skills = true;

	private boolean languages = true;

	private boolean certifications = true;

	/** Everything in the profile, as the page first offers it. */
	static ResumeChoice everything(ProfileView profile) {
		ResumeChoice choice = new ResumeChoice();
		profile.work().forEach(w -> choice.work.add(w.id()));
		profile.schooling().forEach(s -> choice.schooling.add(s.id()));
		return choice;
	}

	public boolean isContact() { return contact; }
	public void setContact(boolean contact) { this.contact = contact; }
	public Set<Long> getWork() { return work; }
	public void setWork(Set<Long> work) { this.work = work == null ? new HashSet<>() : work; }
	public Set<Long> getSchooling() { return schooling; }
	public void setSchooling(Set<Long> schooling) { this.schooling = schooling == null ? new HashSet<>() : schooling; }
	public boolean isSkills() { return skills; }
	public void setSkills(boolean skills) { this.skills = skills; }
	public boolean isLanguages() { return languages; }
	public void setLanguages(boolean languages) { this.languages = languages; }
	public boolean isCertifications() { return certifications; }
	public void setCertifications(boolean certifications) { this.certifications = certifications; }
}
