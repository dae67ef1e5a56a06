package org.recoveryworks.jobs;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An application as its seeker, or the employer it was sent to, sees it. */
public record ApplicationView(Long id, long version, Long postingId, String postingTitle, String organizationName,
		String recruitmentNumber, String fullName, String email, String phone, Stage stage, Instant submittedAt,
		Instant updatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean sharedWithCoach, List<AnswerView> answers, List<StageView> history,
		List<DocumentView> documents, List<BackgroundView> background) {

	/**
	 * A line of work history (WORK), schooling (SCHOOL: {@code ended} is the year finished) or the skills, languages or
	 * certificates (in {@code what}) the applicant sent from their profile.
	 */
	public record BackgroundView(String kind, String place, String what, String started, String ended, boolean volunteer,
			String details) {
	}

	/** A question and the applicant's answer. */
	public record AnswerView(String question, String answer) {
	}

	/** When the application reached a stage. */
	public record StageView(Stage stage, Instant at) {
	}

	/** An attached document. */
	public record DocumentView(Long id, String kind, String fileName, long sizeBytes) {
	}

	public boolean shared() {
		return Boolean.TRUE.equals(sharedWithCoach);
	}

	public boolean withdrawable() {
		return !stage.isFinal();
	}

	/** The seeker's own view: includes whether they shared it with their coach. */
	static ApplicationView forSeeker(JobApplication a) {
		return of(a, a.isSharedWithCoach());
	}

	/** The view for the employer (and the coach): nothing about coaching, not even whether it is shared. */
	static ApplicationView of(JobApplication a) {
		return of(a, null);
	}

	private static ApplicationView of(JobApplication a, Boolean sharedWithCoach) {
		Posting p = a.getPosting();
		return new ApplicationView(a.getId(), a.getVersion(), p.getId(), p.getTitle(), p.getOrganizationName(),
				p.getRecruitmentNumber(), a.getFullName(), a.getEmail(), a.getPhone(), a.getStage(), a.getSubmittedAt(),
				a.getUpdatedAt(), sharedWithCoach,
				a.getAnswers().stream().map(x -> new AnswerView(x.getQuestionText(), x.getAnswer())).toList(),
				a.getHistory().stream().map(h -> new StageView(h.getStage(), h.getChangedAt())).toList(),
				a.getDocuments().stream()
					.map(d -> new DocumentView(d.getId(), d.getKind().name(), d.getFileName(), d.getSizeBytes()))
					.toList(),
				a.getBackground().stream().map(b -> new BackgroundView(b.getKind().name(), b.getPlace(), b.getWhat(), b.getStarted(),
						b.getEnded(), b.isVolunteer(), b.getDetails())).toList());
	}
}
