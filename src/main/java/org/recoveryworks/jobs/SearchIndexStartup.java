package org.recoveryworks.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Rebuilds the search index at start-up when it is missing or does not match the database. */
@Component
class SearchIndexStartup {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

	private final PostingSearch search;
	private final PostingRepository postings;
	private final PostingService service;

	SearchIndexStartup(PostingSearch search, PostingRepository postings, PostingService service) {
		this.search = search;
		this.postings = postings;
		this.service = service;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	public void rebuildIfStale() throws InterruptedException {
		service.closeExpired();
		long rows = postings.count();
		long indexed = search.indexedCount();
		if (rows != indexed) {
			log.info("Search index holds {} of {} postings: rebuilding it", indexed, rows);
			search.reindex();
		}
	}
}
