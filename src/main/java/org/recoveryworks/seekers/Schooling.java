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

/** A school, course or training in a person's profile. */
@Entity
@Table(name = "seeker_schooling")
class Schooling {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "profile_id")
	private SeekerProfile profile;

	private String school;

	private String studied;

	private Integer finished;

	@Version
	private long version;

	protected Schooling() {
	}

	Schooling(SeekerProfile profile) {
		this.profile = profile;
	}

	void change(SchoolingForm form) {
		this.school = form.getSchool().strip();
		this.studied = Text.trimToNull(form.getStudied());
		this.finished = form.getFinished();
	}

	Long getId() { return id; }
	SeekerProfile getProfile() { return profile; }
	String getSchool() { return school; }
	String getStudied() { return studied; }
	Integer getFinished() { return finished; }
}
