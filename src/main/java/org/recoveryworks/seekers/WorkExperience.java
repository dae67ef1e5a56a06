package org.recoveryworks.seekers;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.recoveryworks.shared.Text;

/** A job or volunteer role in a person's work history. Months are yyyy-MM; no end month means they still do it. */
@Entity
@Table(name = "seeker_work")
class WorkExperience {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "profile_id")
	private SeekerProfile profile;

	private String employer;

	private String title;

	private String started;

	private String ended;

	private boolean volunteer;

	private String duties;

	@Version
	private long version;

	protected WorkExperience() {
	}

	WorkExperience(SeekerProfile profile) {
		this.profile = profile;
	}

	void change(WorkForm form) {
		this.employer = form.getEmployer().strip();
		this.title = form.getTitle().strip();
		this.started = Text.trimToNull(form.getStarted());
		this.ended = Text.trimToNull(form.getEnded());
		this.volunteer = form.isVolunteer();
		this.duties = Text.trimToNull(form.getDuties());
	}

	Long getId() { return id; }
	SeekerProfile getProfile() { return profile; }
	String getEmployer() { return employer; }
	String getTitle() { return title; }
	String getStarted() { return started; }
	String getEnded() { return ended; }
	boolean isVolunteer() { return volunteer; }
	String getDuties() { return duties; }
}
