package org.recoveryworks.seekers;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A job or volunteer role: where and what are needed; the months and duties may be left out. */
class WorkForm {

	static final String MONTH = "^$|^[12][0-9]{3}-(0[1-9]|1[0-2])$";

	@NotBlank(message = "{profile.work.employer.required}")
	@Size(max = 200, message = "{profile.tooLong}")
	private String employer;

	@NotBlank(message = "{profile.work.title.required}")
	@Size(max = 200, message = "{profile.tooLong}")
	private String title;

	@Pattern(regexp = MONTH, message = "{profile.month.invalid}")
	private String started;

	@Pattern(regexp = MONTH, message = "{profile.month.invalid}")
	private String ended;

	private boolean volunteer;

	@Size(max = 2000, message = "{profile.tooLong}")
	private String duties;


	static WorkForm of(WorkExperience w) {
		WorkForm form = new WorkForm();
		form.employer = w.getEmployer();
		form.title = w.getTitle();
		form.started = w.getStarted();
		form.ended = w.getEnded();
		form.volunteer = w.isVolunteer();
		form.duties = w.getDuties();
		return form;
	}

	/** Both months well formed, the end not before the start (yyyy-MM sorts as text). */
	@AssertTrue(message = "{profile.work.ended.beforeStart}")
	public boolean isEndedAfterStart() {
		return started == null || ended == null || !started.matches(MONTH) || !ended.matches(MONTH) || started.isBlank()
				|| ended.isBlank() || ended.compareTo(started) >= 0;
	}

	public String getEmployer() { return employer; }
	public void setEmployer(String employer) { this.employer = employer; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getStarted() { return started; }
	public void setStarted(String started) { this.started = started; }
	public String getEnded() { return ended; }
	public void setEnded(String ended) { this.ended = ended; }
	public boolean isVolunteer() { return volunteer; }
	public void setVolunteer(boolean volunteer) { this.volunteer = volunteer; }
	public String getDuties() { return duties; }
	public void setDuties(String duties) { this.duties = duties; }
}
