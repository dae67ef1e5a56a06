package org.recoveryworks.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.apache.lucene.document.LatLonDocValuesField;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.recoveryworks.shared.geo.Places;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Full-text job search over listed postings (Hibernate Search). */
@Service
class PostingSearch {

	private static final String[] TEXT_FIELDS = { "title", "duties", "knowledgeSkillsAbilities", "minimumQualifications",
			"preferredQualifications", "organizationName", "town" };

	private static final AggregationKey<Map<EmploymentType, Long>> TYPES = AggregationKey.of("types");
	private static final AggregationKey<Map<Shift, Long>> SHIFTS = AggregationKey.of("shifts");
	private static final AggregationKey<Map<Boolean, Long>> PEER = AggregationKey.of("peer");
	private static final AggregationKey<Map<Boolean, Long>> BH = AggregationKey.of("bh");

	/** A distance projection needs a point even when the search has no place; its distances are then dropped. */
	private static final GeoPoint NOWHERE = GeoPoint.of(0, 0);

	private final EntityManager entityManager;
	private final Places places;
	private final Clock clock;
	private final SearchWords searchWords;

	PostingSearch(EntityManager entityManager, Places places, Clock clock, SearchWords searchWords) {
		this.searchWords = searchWords;
		this.entityManager = entityManager;
		this.places = places;
		this.clock = clock;
	}

	/**
	 * Searches for what the words mean (most of them, and the words of the synonym groups they name); when that finds
	 * nothing, searches again allowing a typo or two in each word, so exact matches are never crowded out and
	 * misspellings still find jobs.
	 */
	@Transactional(readOnly = true)
	JobSearchResult search(JobQuery query, boolean withCounts) {
		SearchWords.Meaning meaning = searchWords.meaning(query.getQ());
		JobSearchResult exact = search(query, meaning, false, withCounts);
		if (exact.total() > 0 || !meaning.hasText() || fuzzy(meaning.text()).isEmpty() || wordsFindListedJobs(meaning)) {
			// Nothing near or nothing with those filters, though the words are right: a typo search would not help.
			return exact;
		}
		return search(query, meaning, true, withCounts);
	}

	/** Fewer than this many jobs found, and the search page says how to find more. */
	static final int FEW = 5;

	/** The distances the search page offers. */
	static final List<Integer> DISTANCES = List.of(5, 10, 25, 50, 100);

	/**
	 * A way to find more jobs than a search found: its message key, how many jobs it finds, what it changes (a filter's
	 * own label key, or a value such as the distance or the words), and the search that finds them.
	 */
	record Widening(String key, long count, String labelKey, Object value, String link) {
	}

	/**
	 * When a search found few jobs: each change that finds more, with how many it finds. A larger distance, each filter
	 * taken away, and the same choices without the words. The words' related words are searched for already.
	 */
	@Transactional(readOnly = true)
	List<Widening> widen(JobQuery query, long found) {
		List<Widening> ways = new ArrayList<>();
		if (found >= FEW) {
			return ways;
		}
		if (query.hasPlace()) {
			DISTANCES.stream().filter(d -> d > query.effectiveRadius()).findFirst()
				.ifPresent(d -> more(ways, query, found, q -> q.setRadius(d), "search.more.radius", null, d));
		}
		for (EmploymentType t : query.getType()) {
			more(ways, query, found, q -> q.getType().remove(t), "search.more.without", "type." + t.name(), null);
		}
		for (Shift sh : query.getShift()) {
			more(ways, query, found, q -> q.getShift().remove(sh), "search.more.without", "shift." + sh.name(), null);
		}
		if (query.getPeer() != null) {
			more(ways, query, found, q -> q.setPeer(null), "search.more.without", query.getPeer() ? "search.peer.yes" : "search.peer.no", null);
		}
		if (query.getBh() != null) {
			more(ways, query, found, q -> q.setBh(null), "search.more.without", query.getBh() ? "search.bh.yes" : "search.bh.no", null);
		}
		if (query.getMinPay() != null) {
			more(ways, query, found, q -> q.setMinPay(null), "search.more.anyPay", null, null);
		}
		if (query.getWithin() != null) {
			more(ways, query, found, q -> q.setWithin(null), "search.more.anyDate", null, null);
		}
		if (query.hasText()) {
			more(ways, query, found, q -> q.setQ(null), "search.more.noWords", null, query.getQ().trim());
		}
		return ways;
	}

	/** Adds the search with one change to the ways to find more, when it finds more than the search did. */
	private void more(List<Widening> ways, JobQuery query, long found, Consumer<JobQuery> change, String key, String labelKey,
			Object value) {
		JobQuery changed = query.copy();
		change.accept(changed);
		long count = search(changed, false).total();
		if (count > found) {
			ways.add(new Widening(key, count, labelKey, value, changed.toLink("/jobs", 1, null)));
		}
	}

	/** Whether the words match any listed posting, wherever and whatever it is (stops at the first). */
	private boolean wordsFindListedJobs(SearchWords.Meaning meaning) {
		LocalDate today = LocalDate.now(clock);
		JobQuery anywhere = new JobQuery();
		return Search.session(entityManager).search(Posting.class)
			.select(f -> f.id(Long.class))
			.where((f, root) -> base(f, root, anywhere, meaning, today, null, false))
			.totalHitCountThreshold(1)
			.fetch(0)
			.total()
			.hitCountLowerBound() > 0;
	}

	private JobSearchResult search(JobQuery query, SearchWords.Meaning meaning, boolean fuzzy, boolean withCounts) {
		LocalDate today = LocalDate.now(clock);
		Places.Place place = null;
		if (query.hasPlace()) {
			place = places.locate(query.getZip()).orElseThrow(() -> new UnknownPlace(query.getZip()));
		}
		GeoPoint point = place == null ? null : GeoPoint.of(place.latitude(), place.longitude());
		SearchSession session = Search.session(entityManager);
		int size = query.effectiveSize();
		int offset = (query.effectivePage() - 1) * size;

		// Counts per filter value: for each filter, the search with every other filter. A filter the
		// user did not set is counted on the main query; one that is set needs its own count query.
		var main = session.search(Posting.class)
			.select(JobSearchResult.Hit.class)
			.where((f, root) -> {
				base(f, root, query, meaning, today, point, fuzzy);
				facets(f, root, query, null);
			})
			.sort(f -> switch (effectiveSort(query, meaning, point)) {
				case RELEVANCE -> f.score().then().field("openDate").desc();
				case NEWEST -> f.field("openDate").desc().then().score();
				case CLOSING -> f.field("closeDate").asc().then().field("openDate").desc();
				case SALARY -> f.field("hourlyMax").desc().then().score();
				// On Lucene, Lucene's own distance sort: Hibernate Search's generic one sorts each document's distances
				// (it allows several points per document), which cost a tenth of the search time in the benchmark.
				case DISTANCE -> f.extension()
					.ifSupported(LuceneExtension.get(), l -> l.fromLuceneSortField(
							LatLonDocValuesField.newDistanceSort("location", point.latitude(), point.longitude())).then().score())
					.orElse(g -> g.distance("location", point).then().score());
			})
			.param("center", point == null ? NOWHERE : point);
		if (!withCounts) {
			SearchResult<JobSearchResult.Hit> result = main.fetch(offset, size);
			return new JobSearchResult(withoutDistances(result.hits(), point), result.total().hitCount(), query.effectivePage(),
					size, place == null ? null : place.label(), null, null, null, null);
		}
		if (query.getType().isEmpty()) {
			main = main.aggregation(TYPES, f -> f.terms().field("employmentType", EmploymentType.class));
		}
		if (query.getShift().isEmpty()) {
			main = main.aggregation(SHIFTS, f -> f.terms().field("shift", Shift.class));
		}
		if (query.getPeer() == null) {
			main = main.aggregation(PEER, f -> f.terms().field("peerRole", Boolean.class));
		}
		if (query.getBh() == null) {
			main = main.aggregation(BH, f -> f.terms().field("behavioralHealth", Boolean.class));
		}
		SearchResult<JobSearchResult.Hit> result = main.fetch(offset, size);

		Map<EmploymentType, Long> typeCounts = query.getType().isEmpty() ? result.aggregation(TYPES)
				: countWithout(session, query, meaning, today, point, fuzzy, Facet.TYPE, TYPES, "employmentType", EmploymentType.class);
		Map<Shift, Long> shiftCounts = query.getShift().isEmpty() ? result.aggregation(SHIFTS)
				: countWithout(session, query, meaning, today, point, fuzzy, Facet.SHIFT, SHIFTS, "shift", Shift.class);
		Map<Boolean, Long> peerCounts = query.getPeer() == null ? result.aggregation(PEER)
				: countWithout(session, query, meaning, today, point, fuzzy, Facet.PEER, PEER, "peerRole", Boolean.class);
		Map<Boolean, Long> bhCounts = query.getBh() == null ? result.aggregation(BH)
				: countWithout(session, query, meaning, today, point, fuzzy, Facet.BH, BH, "behavioralHealth", Boolean.class);

		List<JobSearchResult.Hit> hits = withoutDistances(result.hits(), point);
		Map<EmploymentType, Long> types = new EnumMap<>(EmploymentType.class);
		for (EmploymentType t : EmploymentType.values()) {
			types.put(t, typeCounts.getOrDefault(t, 0L));
		}
		Map<Shift, Long> shifts = new EnumMap<>(Shift.class);
		for (Shift s : Shift.values()) {
			shifts.put(s, shiftCounts.getOrDefault(s, 0L));
		}
		return new JobSearchResult(hits, result.total().hitCount(), query.effectivePage(), size,
				place == null ? null : place.label(), types, shifts, booleans(peerCounts), booleans(bhCounts));
	}

	private static List<JobSearchResult.Hit> withoutDistances(List<JobSearchResult.Hit> hits, GeoPoint point) {
		return point == null ? hits.stream().map(JobSearchResult.Hit::withoutDistance).toList() : hits;
	}

	private enum Facet {
		TYPE, SHIFT, PEER, BH
	}

	private <K> Map<K, Long> countWithout(SearchSession session, JobQuery query, SearchWords.Meaning meaning, LocalDate today,
			GeoPoint point, boolean fuzzy, Facet without,
			AggregationKey<Map<K, Long>> key, String field, Class<K> type) {
		return session.search(Posting.class)
			.select(f -> f.id(Long.class))
			.where((f, root) -> {
				base(f, root, query, meaning, today, point, fuzzy);
				facets(f, root, query, without);
			})
			.aggregation(key, f -> f.terms().field(field, type))
			.fetch(0)
			.aggregation(key);
	}

	private static Map<Boolean, Long> booleans(Map<Boolean, Long> counts) {
		Map<Boolean, Long> result = new LinkedHashMap<>();
		result.put(Boolean.TRUE, counts.getOrDefault(Boolean.TRUE, 0L));
		result.put(Boolean.FALSE, counts.getOrDefault(Boolean.FALSE, 0L));
		return result;
	}

	private static JobQuery.Sort effectiveSort(JobQuery query, SearchWords.Meaning meaning, GeoPoint point) {
		JobQuery.Sort sort = query.effectiveSort();
		if (sort == JobQuery.Sort.DISTANCE && point == null) {
			return meaning.searches() ? JobQuery.Sort.RELEVANCE : JobQuery.Sort.NEWEST;
		}
		return sort;
	}

	/**
	 * Listed today, matching what the words mean, near the place, paying enough, posted recently. One or two words must
	 * all be found; of three or more, three in four (so one word no posting has does not empty the results): with
	 * {@code ifMoreThan(2)}, Hibernate Search requires every clause of a search with two or fewer. A title
	 * with the words in order counts most; the words of the synonym groups they name count less.
	 */
	private static <SR> void base(TypedSearchPredicateFactory<SR> f, SimpleBooleanPredicateClausesCollector<SR, ?> root,
			JobQuery query, SearchWords.Meaning meaning, LocalDate today, GeoPoint point, boolean fuzzy) {
		// Filters do not score, and Lucene caches the ones every search repeats (listed today) as bit sets.
		root.add(f.bool()
			.filter(f.match().field("organizationVerified").matching(true))
			.filter(f.match().field("status").matching(PostingStatus.PUBLISHED))
			.filter(f.range().field("openDate").atMost(today))
			.filter(f.range().field("closeDate").atLeast(today)));
		if (meaning.searches()) {
			var text = f.bool();
			if (meaning.hasText() && fuzzy) {
				text.should(f.simpleQueryString().fields(TEXT_FIELDS).matching(fuzzy(meaning.text()))
					.defaultOperator(BooleanOperator.OR).minimumShouldMatch(m -> m.ifMoreThan(2).thenRequirePercent(75)));
			}
			else if (meaning.hasText()) {
				text.should(f.simpleQueryString()
					.field("title").boost(4f)
					.field("organizationName").boost(2f)
					.fields("duties", "knowledgeSkillsAbilities", "minimumQualifications", "preferredQualifications", "town")
					.matching(meaning.text())
					.defaultOperator(BooleanOperator.OR)
					.minimumShouldMatch(m -> m.ifMoreThan(2).thenRequirePercent(75)));
				text.should(f.phrase().field("title").matching(meaning.text()).boost(6f));
			}
			for (String phrase : meaning.related()) {
				text.should(f.phrase().field("title").boost(2f).field("duties").boost(0.5f).matching(phrase));
			}
			if (meaning.peerRoles()) {
				text.should(f.match().field("peerRole").matching(true).boost(1.5f));
			}
			root.add(text);
		}
		if (point != null) {
			root.add(f.bool()
				.filter(f.spatial().within().field("location").circle(point, query.effectiveRadius(), DistanceUnit.MILES)));
		}
		if (query.getMinPay() != null) {
			root.add(f.bool().filter(f.range().field("hourlyMax").atLeast(query.getMinPay())));
		}
		if (query.getWithin() != null) {
			root.add(f.bool().filter(f.range().field("openDate").atLeast(today.minusDays(query.getWithin()))));
		}
	}

	/** Each word may be misspelt by one letter (two in long words), and all words must still be found. */
	static String fuzzy(String q) {
		StringBuilder b = new StringBuilder();
		for (String word : q.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.isEmpty()) {
				continue;
			}
			b.append(word);
			if (word.length() >= 7) {
				b.append("~2");
			}
			else if (word.length() >= 4) {
				b.append("~1");
			}
			b.append(' ');
		}
		return b.toString().trim();
	}

	private static <SR> void facets(TypedSearchPredicateFactory<SR> f, SimpleBooleanPredicateClausesCollector<SR, ?> root,
			JobQuery query, Facet without) {
		if (!query.getType().isEmpty() && without != Facet.TYPE) {
			root.add(f.bool().filter(f.terms().field("employmentType").matchingAny(List.copyOf(query.getType()))));
		}
		if (!query.getShift().isEmpty() && without != Facet.SHIFT) {
			root.add(f.bool().filter(f.terms().field("shift").matchingAny(List.copyOf(query.getShift()))));
		}
		if (query.getPeer() != null && without != Facet.PEER) {
			root.add(f.bool().filter(f.match().field("peerRole").matching(query.getPeer())));
		}
		if (query.getBh() != null && without != Facet.BH) {
			root.add(f.bool().filter(f.match().field("behavioralHealth").matching(query.getBh())));
		}
	}

	/** Rebuilds the index from the database (at start-up when it is missing or stale). */
	@Transactional(readOnly = true)
	long indexedCount() {
		return Search.session(entityManager).search(Posting.class).where(f -> f.matchAll()).fetchTotalHitCount();
	}

	/** The version of each of these postings that the index holds (absent: not in the index). */
	@Transactional(readOnly = true)
	Map<Long, Long> indexedVersions(java.util.Collection<Long> ids) {
		Map<Long, Long> versions = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return versions;
		}
		Search.session(entityManager).search(Posting.class)
			.select(f -> f.composite().from(f.id(Long.class), f.field("version", Long.class)).asList())
			.where(f -> f.id().matchingAny(ids))
			.fetchHits(ids.size())
			.forEach(hit -> versions.put((Long) hit.get(0), (Long) hit.get(1)));
		return versions;
	}

	/** Writes these postings to the index again, from the database. */
	@Transactional
	void reindex(java.util.Collection<Long> ids) {
		SearchSession session = Search.session(entityManager);
		for (Long id : ids) {
			Posting posting = entityManager.find(Posting.class, id);
			if (posting == null) {
				session.indexingPlan().purge(Posting.class, id, null);
			}
			else {
				session.indexingPlan().addOrUpdate(posting);
			}
		}
	}

	void reindex() throws InterruptedException {
		Search.mapping(entityManager.getEntityManagerFactory()).scope(Posting.class).massIndexer()
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(100)
			.startAndWait();
	}
}
