package org.recoveryworks.programs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completed fidelity reviews recorded without the form (demo data, and reviews done on paper
 * before the program used RecoveryWorks): scored on the current scale, checked the same way.
 */
@Service
public class FidelityRecords {

	/** A step of an action plan. */
	public record PlannedAction(String action, String owner, LocalDate dueOn) {
	}

	/** A completed review: one score per item of the current scale, in its order. */
	public record CompletedReview(LocalDate reviewedOn, String reviewers, List<Integer> scores, String strengths,
			String recommendations, List<PlannedAction> actions) {
	}

	private final FidelityReviews reviews;
	private final FidelityReviewRepository repository;
	private final ProgramListingRepository listings;
	private final Clock clock;

	FidelityRecords(FidelityReviews reviews, FidelityReviewRepository repository, ProgramListingRepository listings, Clock clock) {
		this.reviews = reviews;
		this.repository = repository;
		this.listings = listings;
		this.clock = clock;
	}

	/** Records a completed review of an IPS program; refuses scores that do not fit the scale. */
	@Transactional
	public Long recordCompleted(Long programId, Long recordedBy, CompletedReview review) {
		ProgramListing program = listings.findById(programId).orElseThrow(() -> new ProgramDirectory.ProgramNotFound(programId));
		if (program.getKind() != ProgramKind.IPS_SUPPORTED_EMPLOYMENT) {
			throw new IllegalArgumentException("Fidelity reviews are for IPS programs");
		}
		FidelityScale scale = reviews.current();
		List<FidelityItem> items = reviews.currentItems();
		if (review.scores().size() != items.size()
				|| review.scores().stream().anyMatch(s -> s == null || s < scale.getLowest() || s > scale.getHighest())) {
			throw new IllegalArgumentException("A completed review has one score per item, within the scale");
		}
		FidelityReviewForm form = FidelityReviewForm.blank(items, review.reviewedOn());
		form.setReviewers(review.reviewers());
		form.setStrengths(review.strengths());
		form.setRecommendations(review.recommendations());
		for (int i = 0; i < items.size(); i++) {
			form.getItems().get(i).setScore(review.scores().get(i));
		}
		List<FidelityReviewForm.ActionRow> actions = new ArrayList<>();
		review.actions().forEach(a -> actions.add(new FidelityReviewForm.ActionRow(a.action(), a.owner(), a.dueOn())));
		form.setActions(actions);
		FidelityReview saved = new FidelityReview(programId, scale.getId(), recordedBy, Instant.now(clock));
		saved.apply(form, true, Instant.now(clock));
		return repository.save(saved).getId();
	}
}
