package org.recoveryworks.programs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.recoveryworks.shared.ReasonableDate;
import org.springframework.validation.Errors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A fidelity review as the reviewer fills it in: one row per item of the scale, in its order. */
class FidelityReviewForm {

	/** The plan rows offered below the ones already written. */
	static final int EMPTY_ACTION_ROWS = 3;

	private long version;

	@NotNull(message = "{fidelity.reviewedOn.required}")
	@PastOrPresent(message = "{fidelity.reviewedOn.future}")
	@ReasonableDate
	private LocalDate reviewedOn;

	@NotBlank(message = "{fidelity.reviewers.required}")
	@Size(max = 300, message = "{program.size.300}")
	private String reviewers;

	@Size(max = 4000, message = "{fidelity.size.4000}")
	private String strengths;

	@Size(max = 4000, message = "{fidelity.size.4000}")
	private String recommendations;

	private List<ItemRow> items = new ArrayList<>();

	@Valid
	private List<ActionRow> actions = new ArrayList<>();

	/** A score and evidence for one item. */
	static class ItemRow {

		private Long itemId;
		private Integer score;
		private String evidence;

		ItemRow() {
		}

		ItemRow(Long itemId, Integer score, String evidence) {
			this.itemId = itemId;
			this.score = score;
			this.evidence = evidence;
		}

		public Long getItemId() { return itemId; }
		public void setItemId(Long v) { this.itemId = v; }
		public Integer getScore() { return score; }
		public void setScore(Integer v) { this.score = v; }
		public String getEvidence() { return evidence; }
		public void setEvidence(String v) { this.evidence = v; }
	}

	/** A step of the action plan; a row left empty is ignored. */
	static class ActionRow {

		private String action;
		private String owner;

		@ReasonableDate
		private LocalDate dueOn;

		ActionRow() {
		}

		ActionRow(String action, String owner, LocalDate dueOn) {
			this.action = action;
			this.owner = owner;
			this.dueOn = dueOn;
		}

		boolean empty() {
			return (action == null || action.isBlank()) && (owner == null || owner.isBlank()) && dueOn == null;
		}

		public String getAction() { return action; }
		public void setAction(String v) { this.action = v; }
		public String getOwner() { return owner; }
		public void setOwner(String v) { this.owner = v; }
		public LocalDate getDueOn() { return dueOn; }
		public void setDueOn(LocalDate v) { this.dueOn = v; }
	}

	/** An empty review of this scale's items. */
	static FidelityReviewForm blank(List<FidelityItem> scaleItems, LocalDate today) {
		FidelityReviewForm form = new FidelityReviewForm();
		form.reviewedOn = today;
		form.items = new ArrayList<>(scaleItems.stream().map(i -> new ItemRow(i.getId(), null, null)).toList());
		form.padActions();
		return form;
	}

	static FidelityReviewForm of(FidelityReview review, List<FidelityItem> scaleItems) {
		FidelityReviewForm form = new FidelityReviewForm();
		form.version = review.getVersion();
		form.reviewedOn = review.getReviewedOn();
		form.reviewers = review.getReviewers();
		form.strengths = review.getStrengths();
		form.recommendations = review.getRecommendations();
		Map<Long, FidelityReview.Score> scores = review.getScores().stream()
			.collect(Collectors.toMap(FidelityReview.Score::itemId, Function.identity()));
		form.items = new ArrayList<>(scaleItems.stream().map(i -> {
			FidelityReview.Score s = scores.get(i.getId());
			return new ItemRow(i.getId(), s == null ? null : s.score(), s == null ? null : s.evidence());
		}).toList());
		form.actions = new ArrayList<>(review.getActions().stream().map(a -> new ActionRow(a.action(), a.owner(), a.dueOn())).toList());
		form.padActions();
		return form;
	}

	/**
	 * Puts the posted rows in the scale's order, one per item (a row for another item is dropped,
	 * a missing one is empty), so the page and the review always match the scale.
	 */
	void alignTo(List<FidelityItem> scaleItems) {
		Map<Long, ItemRow> posted = items.stream().filter(r -> r != null && r.getItemId() != null)
			.collect(Collectors.toMap(ItemRow::getItemId, Function.identity(), (a, b) -> a));
		items = new ArrayList<>(scaleItems.stream().map(i -> posted.getOrDefault(i.getId(), new ItemRow(i.getId(), null, null))).toList());
		actions = new ArrayList<>(actions.stream().map(a -> a == null ? new ActionRow() : a).toList());
	}

	/**
	 * The checks that depend on the scale and on what the reviewer asked: scores within the scale,
	 * evidence of a sensible length, plan rows filled in whole, and every item scored to complete.
	 */
	void check(Errors errors, FidelityScale scale, boolean completing) {
		for (int i = 0; i < items.size(); i++) {
			ItemRow row = items.get(i);
			String field = "items[" + i + "]";
			if (errors.hasFieldErrors(field + ".score")) {
				continue;
			}
			if (row.getScore() != null && (row.getScore() < scale.getLowest() || row.getScore() > scale.getHighest())) {
				errors.rejectValue(field + ".score", "fidelity.score.range", new Object[] { scale.getLowest(), scale.getHighest() },
						"Choose a score from the scale.");
			}
			else if (row.getScore() == null && completing) {
				errors.rejectValue(field + ".score", "fidelity.score.required", new Object[] { i + 1 }, "Score this item.");
			}
			if (row.getEvidence() != null && row.getEvidence().length() > 2000) {
				errors.rejectValue(field + ".evidence", "program.size.2000", "At most 2,000 characters.");
			}
		}
		if (actions.size() > 50) {
			errors.reject("fidelity.actions.tooMany", "At most 50 steps in the action plan.");
			return;
		}
		for (int i = 0; i < actions.size(); i++) {
			ActionRow row = actions.get(i);
			String field = "actions[" + i + "]";
			if (row.empty()) {
				continue;
			}
			if (row.getAction() == null || row.getAction().isBlank()) {
				errors.rejectValue(field + ".action", "fidelity.action.required", "Say what will be done.");
			}
			else if (row.getAction().length() > 500) {
				errors.rejectValue(field + ".action", "fidelity.size.500", "At most 500 characters.");
			}
			if (row.getOwner() == null || row.getOwner().isBlank()) {
				errors.rejectValue(field + ".owner", "fidelity.owner.required", "Say who will do it.");
			}
			else if (row.getOwner().length() > 120) {
				errors.rejectValue(field + ".owner", "fidelity.size.120", "At most 120 characters.");
			}
			if (row.getDueOn() == null && !errors.hasFieldErrors(field + ".dueOn")) {
				errors.rejectValue(field + ".dueOn", "fidelity.dueOn.required", "Give the date it is due.");
			}
		}
	}

	List<ActionRow> filledActions() {
		return actions.stream().filter(a -> !a.empty()).toList();
	}

	void padActions() {
		for (int i = 0; i < EMPTY_ACTION_ROWS; i++) {
			actions.add(new ActionRow());
		}
	}

	public long getVersion() { return version; }
	public void setVersion(long v) { this.version = v; }
	public LocalDate getReviewedOn() { return reviewedOn; }
	public void setReviewedOn(LocalDate v) { this.reviewedOn = v; }
	public String getReviewers() { return reviewers; }
	public void setReviewers(String v) { this.reviewers = v; }
	public String getStrengths() { return strengths; }
	public void setStrengths(String v) { this.strengths = v; }
	public String getRecommendations() { return recommendations; }
	public void setRecommendations(String v) { this.recommendations = v; }
	public List<ItemRow> getItems() { return items; }
	public void setItems(List<ItemRow> v) { this.items = v; }
	public List<ActionRow> getActions() { return actions; }
	public void setActions(List<ActionRow> v) { this.actions = v; }
}
