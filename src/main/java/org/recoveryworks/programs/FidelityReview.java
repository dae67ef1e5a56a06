package org.recoveryworks.programs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A fidelity review of one program on one scale: a score and evidence per item, strengths,
 * recommendations and an action plan. A draft may miss scores; a completed review has them all,
 * its total and is no longer changed.
 */
@Entity
@Table(name = "fidelity_review")
class FidelityReview {

	/** An item's score (empty in a draft) and the evidence for it. */
	@Embeddable
	record Score(Long itemId, Integer score, String evidence) {
	}

	/** A step of the action plan: what, who, by when. */
	@Embeddable
	record Action(String action, String owner, LocalDate dueOn) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long programId;

	@Column(nullable = false)
	private Long scaleId;

	@Column(nullable = false)
	private LocalDate reviewedOn;

	@Column(nullable = false)
	private String reviewers;

	private String strengths;

	private String recommendations;

	private Integer total;

	private Instant completedAt;

	@Column(nullable = false)
	private Long createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "fidelity_score", joinColumns = @JoinColumn(name = "review_id"))
	private List<Score> scores = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "fidelity_action", joinColumns = @JoinColumn(name = "review_id"))
	@OrderColumn(name = "position")
	private List<Action> actions = new ArrayList<>();

	@Version
	private long version;

	protected FidelityReview() {
	}

	FidelityReview(Long programId, Long scaleId, Long createdBy, Instant now) {
		this.programId = programId;
		this.scaleId = scaleId;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Takes the form's values; when {@code complete}, every item has a score and the total is fixed. */
	void apply(FidelityReviewForm form, boolean complete, Instant now) {
		if (isComplete()) {
			throw new org.recoveryworks.shared.StateConflict("fidelity.completed", "This review is complete and can no longer be changed.");
		}
		this.reviewedOn = form.getReviewedOn();
		this.reviewers = form.getReviewers().trim();
		this.strengths = blankToNull(form.getStrengths());
		this.recommendations = blankToNull(form.getRecommendations());
		this.scores = new ArrayList<>(form.getItems().stream()
			.map(i -> new Score(i.getItemId(), i.getScore(), blankToNull(i.getEvidence())))
			.toList());
		this.actions = new ArrayList<>(form.filledActions().stream()
			.map(a -> new Action(a.getAction().trim(), a.getOwner().trim(), a.getDueOn()))
			.toList());
		if (complete) {
			this.total = totalOf(scores);
			this.completedAt = now;
		}
	}

	/** The sum of the scores given (a completed review has them all). */
	static int totalOf(List<Score> scores) {
		return scores.stream().map(Score::score).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
	}

	boolean isComplete() {
		return completedAt != null;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	Long getId() { return id; }
	Long getProgramId() { return programId; }
	Long getScaleId() { return scaleId; }
	LocalDate getReviewedOn() { return reviewedOn; }
	String getReviewers() { return reviewers; }
	String getStrengths() { return strengths; }
	String getRecommendations() { return recommendations; }
	Integer getTotal() { return total; }
	Instant getCompletedAt() { return completedAt; }
	List<Score> getScores() { return List.copyOf(scores); }
	List<Action> getActions() { return List.copyOf(actions); }
	long getVersion() { return version; }
}
