package org.recoveryworks.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "job_application")
class JobApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "posting_id")
	private Posting posting;

	@Column(nullable = false)
	private Long seekerId;

	@Column(nullable = false)
	private String fullName;

	@Column(nullable = false)
	private String email;

	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Stage stage;

	@Column(nullable = false)
	private Instant submittedAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Column(nullable = false)
	private boolean sharedWithCoach;

	@Version
	private long version;

	/** When the applicant's personal data was erased; null while it is kept. */
	private Instant erasedAt;

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ApplicationAnswer> answers = new ArrayList<>();

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("changedAt, id")
	private List<StageChange> history = new ArrayList<>();

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ApplicationDocument> documents = new ArrayList<>();

	@OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<BackgroundLine> background = new ArrayList<>();

	protected JobApplication() {
	}

	JobApplication(Posting posting, Long seekerId, String fullName, String email, String phone, Instant now) {
		this.posting = posting;
		this.seekerId = seekerId;
		this.fullName = fullName;
		this.email = email;
		this.phone = phone;
		this.stage = Stage.RECEIVED;
		this.submittedAt = now;
		this.updatedAt = now;
		history.add(new StageChange(this, Stage.RECEIVED, now, seekerId));
	}

	void answer(PostingQuestion question, String answer) {
		answers.add(new ApplicationAnswer(this, question, answer));
	}

	/** Adds a line copied from the applicant's profile, after the ones already there. */
	void addBackground(BackgroundLine.Kind kind, String place, String what, String started, String ended, boolean volunteer, String details) {
		background.add(new BackgroundLine(this, background.size(), kind, fit(place, 200), fit(what, 2000), started, ended, volunteer,
				fit(details, 2000)));
	}

	/** A text cut to the column's size (the profile's own limits are the same, but listed credentials come before it). */
	private static String fit(String text, int most) {
		return text == null || text.length() <= most ? text : text.substring(0, most - 1) + "…";
	}

	List<BackgroundLine> getBackground() {
		return background;
	}

	void attach(ApplicationDocument document) {
		documents.add(document);
	}

	/** Moves to a stage; false when it is already there. */
	boolean moveTo(Stage next, Long byUserId, Instant now) {
		if (stage == next) {
			return false;
		}
		if (!stage.canMoveTo(next)) {
			throw new org.recoveryworks.shared.StateConflict("stage.move.refused", "This application cannot move to that stage from where it is.");
		}
		stage = next;
		updatedAt = now;
		history.add(new StageChange(this, next, now, byUserId));
		return true;
	}

	void shareWithCoach(boolean share) {
		this.sharedWithCoach = share;
	}

	/**
	 * The applicant closed their account: who they were, what they answered and sent are erased;
	 * the posting, stage and dates stay for the job bank's statistics.
	 */
	void eraseApplicant(Instant now) {
		this.erasedAt = now;
		this.fullName = "(closed account)";
		this.email = "closed-account-" + id + "@closed.invalid";
		this.phone = null;
		this.sharedWithCoach = false;
		this.answers.clear();
		this.documents.clear();
		this.background.clear();
	}

	boolean isSharedWithCoach() {
		return sharedWithCoach;
	}

	Long getId() {
		return id;
	}

	Posting getPosting() {
		return posting;
	}

	Long getSeekerId() {
		return seekerId;
	}

	String getFullName() {
		return fullName;
	}

	String getEmail() {
		return email;
	}

	String getPhone() {
		return phone;
	}

	Stage getStage() {
		return stage;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}

	List<ApplicationAnswer> getAnswers() {
		return answers;
	}

	List<StageChange> getHistory() {
		return history;
	}

	List<ApplicationDocument> getDocuments() {
		return documents;
	}
}
