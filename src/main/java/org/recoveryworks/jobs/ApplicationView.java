package org.recoveryworks.jobs;

import java.time.Instant;
import java.util.List;

/** An application as its seeker, or the employer it was sent to, sees it. */
public record ApplicationView(Long id, long version, Long postingId, String postingTitle, String organizationName,
		String recruitmentNumber, String fullName, String email, String phone, Stage stage, Instant submittedAt,
		Instant updatedAt, boolean sharedWithCoach, List<AnswerView> answers, List<StageView> history,
		List<DocumentView> documents) {

	/** A question and the applicant's answer. */
	public record AnswerView(String question, String answer) {
	}

	/** When the application reached a stage. */
	public record StageView(Stage stage, Instant at) {
	}

	/** An attached document. */
	public record DocumentView(Long id, String kind, String fileName, long sizeBytes) {
	}

	public boolean withdrawable() {
		return !stage.isFinal();
	}

	static ApplicationView of(JobApplication a) {
		Posting p = a.getPosting();
		return new ApplicationView(a.getId(), a.getVersion(), p.getId(), p.getTitle(), p.getOrganizationName(),
				p.getRecruitmentNumber(), a.getFullName(), a.getEmail(), a.getPhone(), a.getStage(), a.getSubmittedAt(),
				a.getUpdatedAt(), a.isSharedWithCoach(),
				a.getAnswers().stream().map(x -> new AnswerView(x.getQuestionText(), x.getAnswer())).toList(),
				a.getHistory().stream().map(h -> new StageView(h.getStage(), h.getChangedAt())).toList(),
				a.getDocuments().stream()
					.map(d -> new DocumentView(d.getId(), d.getKind().name(), d.getFileName(), d.getSizeBytes()))
					.toList());
	}
}
