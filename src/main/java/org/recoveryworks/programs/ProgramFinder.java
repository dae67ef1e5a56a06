package org.recoveryworks.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.geo.Places;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds programs near a ZIP code or town, by kind, service and language, nearest first. The
 * directory is small (hundreds of programs, not millions), so it is filtered in memory.
 */
@Service
class ProgramFinder {

	/** Entries not confirmed for this long are flagged as possibly out of date. */
	static final int STALE_AFTER_MONTHS = 12;

	static final int DEFAULT_RADIUS = 25;

	/** What a search found: the place searched (if any), the radius used and the programs. */
	record Result(Places.Place place, int radius, List<ProgramView> programs) {
	}

	private final ProgramListingRepository listings;
	private final Places places;
	private final Clock clock;

	ProgramFinder(ProgramListingRepository listings, Places places, Clock clock) {
		this.listings = listings;
		this.places = places;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Result find(ProgramQuery query) {
		Optional<Places.Place> place = Optional.empty();
		if (query.getWhere() != null && !query.getWhere().isBlank()) {
			place = places.locate(query.getWhere());
			if (place.isEmpty()) {
				throw new RuleViolation("where", "programs.where.unknown", "No such ZIP code or Connecticut town.");
			}
		}
		int radius = query.getRadius() != null && ProgramQuery.RADII.contains(query.getRadius()) ? query.getRadius() : DEFAULT_RADIUS;
		String language = query.getLanguage() == null || query.getLanguage().isBlank() ? null
				: query.getLanguage().trim().toLowerCase(Locale.ROOT);
		LocalDate staleBefore = staleBefore();
		Places.Place at = place.orElse(null);
		List<ProgramView> found = listings.findAllByOrderByNameAsc().stream()
			.filter(p -> query.getKind() == null || p.getKind() == query.getKind())
			.filter(p -> query.getService() == null || p.serviceSet().contains(query.getService()))
			.filter(p -> language == null || p.languageList().stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).equals(language)))
			.map(p -> ProgramView.of(p, staleBefore, at == null ? null
					: Places.distanceMiles(at.latitude(), at.longitude(), p.getLatitude(), p.getLongitude())))
			.filter(v -> v.distanceMiles() == null || v.distanceMiles() <= radius)
			.sorted(at == null ? Comparator.comparing(ProgramView::name)
					: Comparator.comparing(ProgramView::distanceMiles).thenComparing(ProgramView::name))
			.toList();
		return new Result(at, radius, found);
	}

	@Transactional(readOnly = true)
	Optional<ProgramView> find(Long id) {
		return listings.findById(id).map(p -> ProgramView.of(p, staleBefore(), null));
	}

	/** The languages some program offers, for the search choices. */
	@Transactional(readOnly = true)
	List<String> languages() {
		TreeSet<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		listings.findAll().forEach(p -> all.addAll(p.languageList()));
		return List.copyOf(all);
	}

	LocalDate staleBefore() {
		return LocalDate.now(clock).minusMonths(STALE_AFTER_MONTHS);
	}
}
