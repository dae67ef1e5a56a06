package org.recoveryworks.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A line of work history, schooling or skills sent with an application: a copy of the applicant's profile as it was
 * when they applied.
 */
@Entity
@Table(name = "application_background")
class BackgroundLine {

	/** What the line is: a job or volunteer role, a school or training, or the skills, languages and certificates. */
	enum Kind {
		WORK, SCHOOL, SKILLS, LANGUAGES, CERTIFICATIONS
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id")
	private JobApplication application;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	/** The employer, group or school. */
	private String place;

	/** The job title, what was studied, or the skills, languages or certificates. */
	private String what;

	private String started;

	/** For work the month it ended (empty: still there); for a school the year finished. */
	private String ended;

	private boolean volunteer;

	/** The duties of a job. */
	private String details;

	protected BackgroundLine() {
	}

	BackgroundLine(JobApplication application, int position, Kind kind, String place, String what, String started, String ended,
			boolean volunteer, String details) {
		this.application = application;
		this.position = position;
		this.kind = kind;
		this.place = place;
		this.what = what;
		this.started = started;
		this.ended = ended;
		this.volunteer = volunteer;
		this.details = details;
	}

	Kind getKind() { return kind; }
	String getPlace() { return place; }
	String getWhat() { return what; }
	String getStarted() { return started; }
	String getEnded() { return ended; }
	boolean isVolunteer() { return volunteer; }
	String getDetails() { return details; }
	int getPosition() { return position; }
}
