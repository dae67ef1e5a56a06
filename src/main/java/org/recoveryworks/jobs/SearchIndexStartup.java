package org.recoveryworks.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the search index match the database at start-up: rebuilt when it holds another number of
 * postings (missing, or a crash lost new ones), and the postings changed in the last hour before
 * the newest change are compared version by version (a crash between the database commit and the
 * index commit leaves an older copy in the index), and written again where they differ.
 */
@Component
class SearchIndexStartup {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

	private final PostingSearch search;
	private final PostingRepository postings;
	private final PostingService service;
	private final org.springframework.context.ApplicationEventPublisher events;

	/** Until the start-up check is done, the index may be missing postings: searches answer "not ready yet". */
	private volatile boolean ready;

	SearchIndexStartup(PostingSearch search, PostingRepository postings, PostingService service,
			org.springframework.context.ApplicationEventPublisher events) {
		this.search = search;
		this.postings = postings;
		this.service = service;
		this.events = events;
	}

	/** Refuses a search while the index is being built. */
	void requireReady() {
		if (!ready) {
			throw new org.recoveryworks.shared.web.SearchIndexBuilding();
		}
	}

	/**
	 * The index is (re)built, or done: readiness (the health endpoint's) follows, so a load balancer sends no
	 * traffic to a node whose searches would find nothing.
	 */
	void building(boolean building) {
		ready = !building;
		org.springframework.boot.availability.AvailabilityChangeEvent.publish(events, this, building
				? org.springframework.boot.availability.ReadinessState.REFUSING_TRAFFIC
				: org.springframework.boot.availability.ReadinessState.ACCEPTING_TRAFFIC);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	public void rebuildIfStale() throws InterruptedException {
		building(true);
		try {
			check();
		}
		finally {
			building(false);
		}
	}

	private void check() throws InterruptedException {
		service.closeExpired();
		long rows = postings.count();
		long indexed = search.indexedCount();
		if (rows != indexed) {
			log.info("Search index holds {} of {} postings: rebuilding it", indexed, rows);
			search.reindex();
			return;
		}
		java.time.Instant last = postings.lastUpdate();
		if (last == null) {
			return;
		}
		java.util.Map<Long, Long> changed = new java.util.HashMap<>();
		postings.idsAndVersionsUpdatedSince(last.minus(RECENT)).forEach(row -> changed.put((Long) row[0], (Long) row[1]));
		java.util.List<Long> stale = new java.util.ArrayList<>();
		java.util.List<Long> ids = new java.util.ArrayList<>(changed.keySet());
		for (int from = 0; from < ids.size(); from += 1000) {
			java.util.List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 1000));
			java.util.Map<Long, Long> inIndex = search.indexedVersions(batch);
			batch.stream().filter(id -> !changed.get(id).equals(inIndex.get(id))).forEach(stale::add);
		}
		if (!stale.isEmpty()) {
			log.info("Search index holds an older copy of {} postings: writing them again", stale.size());
			search.reindex(stale);
		}
	}

	/** How far before the newest change to compare versions: a crash loses at most the last moments. */
	static final java.time.Duration RECENT = java.time.Duration.ofHours(1);
}
