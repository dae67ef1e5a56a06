package org.recoveryworks.programs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.NotFoundException;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IPS fidelity reviews of the programs a user keeps: a review every six months (configurable),
 * scored item by item on the scale loaded last, kept as a draft until every item has a score.
 */
@Service
class FidelityReviews {

	/** A program's place in the review cycle. */
	record DueView(Long programId, String programName, LocalDate lastReviewedOn, Integer lastTotal, String lastBand,
			LocalDate nextDue, boolean overdue, Long draftId) {
	}

	/** An item with its score and evidence in one review. */
	record ItemView(int position, String section, String name, String criterion, Integer score, String evidence) {
	}

	/** A review as read. */
	record ReviewView(Long id, Long programId, String programName, String scaleName, String scaleSource, int lowest,
			int highest, LocalDate reviewedOn, String reviewers, boolean complete, int total, int maxTotal, String band,
			String strengths, String recommendations, List<ItemView> items, List<FidelityReview.Action> actions) {
	}

	/** One completed review as a column of the comparison. */
	record Column(Long id, LocalDate reviewedOn, int total, String band, boolean sameScale) {
	}

	/** One item across the compared reviews (empty where a review used another scale). */
	record Row(int position, String section, String name, List<Integer> scores) {
	}

	/** A program's completed reviews side by side, oldest first. */
	record History(Long programId, String programName, List<Column> columns, List<Row> rows, int maxTotal) {
	}

	private final FidelityReviewRepository reviews;
	private final FidelityScaleRepository scales;
	private final FidelityItemRepository items;
	private final ProgramDirectory directory;
	private final ProgramsSettings settings;
	private final Clock clock;

	FidelityReviews(FidelityReviewRepository reviews, FidelityScaleRepository scales, FidelityItemRepository items,
			ProgramDirectory directory, ProgramsSettings settings, Clock clock) {
		this.reviews = reviews;
		this.scales = scales;
		this.items = items;
		this.directory = directory;
		this.settings = settings;
		this.clock = clock;
	}

	int cycleMonths() {
		return settings.fidelityCycleMonths();
	}

	/** The next review is due a cycle after the last completed one, or from the day a program is listed. */
	static LocalDate nextDue(LocalDate lastReviewedOn, LocalDate listedOn, int cycleMonths) {
		return lastReviewedOn == null ? listedOn : lastReviewedOn.plusMonths(cycleMonths);
	}

	@Transactional(readOnly = true)
	List<DueView> due(AccountUser user) {
		LocalDate today = LocalDate.now(clock);
		return directory.keptIpsPrograms(user).stream().map(p -> {
			List<FidelityReview> all = reviews.findByProgramIdOrderByReviewedOnDescIdDesc(p.getId());
			FidelityReview last = all.stream().filter(FidelityReview::isComplete).findFirst().orElse(null);
			Long draft = all.stream().filter(r -> !r.isComplete()).map(FidelityReview::getId).findFirst().orElse(null);
			LocalDate next = nextDue(last == null ? null : last.getReviewedOn(), p.getCreatedAt().atZone(clock.getZone()).toLocalDate(),
					settings.fidelityCycleMonths());
			return new DueView(p.getId(), p.getName(), last == null ? null : last.getReviewedOn(), last == null ? null : last.getTotal(),
					last == null ? null : band(last), next, next.isBefore(today), draft);
		}).toList();
	}

	/** A blank review of a kept IPS program on the current scale. */
	@Transactional(readOnly = true)
	FidelityReviewForm blank(AccountUser user, Long programId) {
		reviewable(user, programId);
		return FidelityReviewForm.blank(currentItems(), LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	List<FidelityItem> currentItems() {
		return items.findByScaleIdOrderByPositionAsc(current().getId());
	}

	@Transactional(readOnly = true)
	FidelityScale current() {
		return scales.findFirstByOrderByIdDesc().orElseThrow(() -> new IllegalStateException("No fidelity scale loaded"));
	}

	/** The program's draft review, if one is open (a program has at most one). */
	@Transactional(readOnly = true)
	java.util.Optional<Long> openDraft(AccountUser user, Long programId) {
		reviewable(user, programId);
		return reviews.findByProgramIdOrderByReviewedOnDescIdDesc(programId).stream().filter(r -> !r.isComplete())
			.map(FidelityReview::getId).findFirst();
	}

	@Transactional
	Long start(AccountUser user, Long programId, FidelityReviewForm form, boolean complete) {
		ProgramListing program = reviewable(user, programId);
		List<FidelityReview> existing = reviews.findByProgramIdOrderByReviewedOnDescIdDesc(programId);
		if (existing.stream().anyMatch(r -> !r.isComplete())) {
			throw new RuleViolation(null, "fidelity.draftExists", "This program has a draft review: continue it instead.");
		}
		if (complete && existing.stream().anyMatch(r -> r.isComplete() && r.getReviewedOn().equals(form.getReviewedOn()))) {
			// Most likely the same form sent twice.
			throw new RuleViolation("reviewedOn", "fidelity.sameDay", "A review of this program on this date is already complete.");
		}
		FidelityReview review = new FidelityReview(program.getId(), current().getId(), user.id(), Instant.now(clock));
		review.apply(form, complete, Instant.now(clock));
		try {
			return reviews.saveAndFlush(review).getId();
		}
		catch (org.springframework.dao.DataIntegrityViolationException e) {
			// The same form sent twice at once: the unique index keeps one review a day.
			throw new RuleViolation("reviewedOn", "fidelity.sameDay", "A review of this program on this date is already complete.");
		}
	}

	/** The review's scale items, for its form (the scale it was started on, even if a newer one is loaded). */
	@Transactional(readOnly = true)
	List<FidelityItem> itemsOf(AccountUser user, Long reviewId) {
		return items.findByScaleIdOrderByPositionAsc(own(user, reviewId).getScaleId());
	}

	@Transactional(readOnly = true)
	FidelityScale scaleOf(AccountUser user, Long reviewId) {
		return scales.findById(own(user, reviewId).getScaleId()).orElseThrow();
	}

	/** A draft's form; a completed review is not changed any more. */
	@Transactional(readOnly = true)
	FidelityReviewForm formOf(AccountUser user, Long reviewId) {
		FidelityReview review = draft(user, reviewId);
		return FidelityReviewForm.of(review, items.findByScaleIdOrderByPositionAsc(review.getScaleId()));
	}

	@Transactional
	void update(AccountUser user, Long reviewId, FidelityReviewForm form, boolean complete) {
		FidelityReview review = draft(user, reviewId);
		if (review.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(FidelityReview.class, reviewId);
		}
		review.apply(form, complete, Instant.now(clock));
	}

	@Transactional(readOnly = true)
	ReviewView view(AccountUser user, Long reviewId) {
		FidelityReview review = own(user, reviewId);
		FidelityScale scale = scales.findById(review.getScaleId()).orElseThrow();
		List<FidelityItem> scaleItems = items.findByScaleIdOrderByPositionAsc(scale.getId());
		Map<Long, FidelityReview.Score> scores = review.getScores().stream()
			.collect(Collectors.toMap(FidelityReview.Score::itemId, Function.identity()));
		List<ItemView> rows = scaleItems.stream().map(i -> {
			FidelityReview.Score s = scores.get(i.getId());
			return new ItemView(i.getPosition(), i.getSection(), i.getName(), i.getCriterion(), s == null ? null : s.score(),
					s == null ? null : s.evidence());
		}).toList();
		int total = review.isComplete() ? review.getTotal() : FidelityReview.totalOf(review.getScores());
		return new ReviewView(review.getId(), review.getProgramId(), directory.own(user, review.getProgramId()).getName(),
				scale.getName(), scale.getSource(), scale.getLowest(), scale.getHighest(), review.getReviewedOn(), review.getReviewers(),
				review.isComplete(), total, scale.getHighest() * scaleItems.size(),
				review.isComplete() ? scale.bandOf(total).map(FidelityScale.Band::name).orElse("") : null, review.getStrengths(),
				review.getRecommendations(), rows, review.getActions());
	}

	/** The program's completed reviews, oldest first, item by item on the scale of the latest. */
	@Transactional(readOnly = true)
	History history(AccountUser user, Long programId) {
		ProgramListing program = reviewable(user, programId);
		List<FidelityReview> done = reviews.findByProgramIdOrderByReviewedOnDescIdDesc(programId).stream()
			.filter(FidelityReview::isComplete)
			.sorted(Comparator.comparing(FidelityReview::getReviewedOn).thenComparing(FidelityReview::getId))
			.toList();
		Long scaleId = done.isEmpty() ? current().getId() : done.get(done.size() - 1).getScaleId();
		List<FidelityItem> scaleItems = items.findByScaleIdOrderByPositionAsc(scaleId);
		FidelityScale scale = scales.findById(scaleId).orElseThrow();
		List<Column> columns = done.stream()
			.map(r -> new Column(r.getId(), r.getReviewedOn(), r.getTotal(), band(r), Objects.equals(r.getScaleId(), scaleId)))
			.toList();
		List<Row> rows = scaleItems.stream().map(i -> new Row(i.getPosition(), i.getSection(), i.getName(), done.stream()
			.map(r -> r.getScores().stream().filter(s -> Objects.equals(s.itemId(), i.getId())).map(FidelityReview.Score::score)
				.findFirst().orElse(null))
			.toList())).toList();
		return new History(program.getId(), program.getName(), columns, rows, scale.getHighest() * scaleItems.size());
	}

	private String band(FidelityReview review) {
		return scales.findById(review.getScaleId()).flatMap(s -> s.bandOf(review.getTotal())).map(FidelityScale.Band::name).orElse("");
	}

	private ProgramListing reviewable(AccountUser user, Long programId) {
		ProgramListing program = directory.own(user, programId);
		if (program.getKind() != ProgramKind.IPS_SUPPORTED_EMPLOYMENT) {
			// Only IPS programs have fidelity reviews: for any other there is no such page.
			throw new ProgramDirectory.ProgramNotFound(programId);
		}
		return program;
	}

	private FidelityReview own(AccountUser user, Long reviewId) {
		FidelityReview review = reviews.findById(reviewId).orElseThrow(() -> new ReviewNotFound(reviewId));
		try {
			directory.own(user, review.getProgramId());
		}
		catch (NotFoundException e) {
			throw new ReviewNotFound(reviewId);
		}
		return review;
	}

	private FidelityReview draft(AccountUser user, Long reviewId) {
		FidelityReview review = own(user, reviewId);
		if (review.isComplete()) {
			throw new RuleViolation(null, "fidelity.completed", "This review is complete and can no longer be changed.");
		}
		return review;
	}

	static class ReviewNotFound extends NotFoundException {
		ReviewNotFound(Long id) {
			super("No fidelity review " + id);
		}
	}
}
