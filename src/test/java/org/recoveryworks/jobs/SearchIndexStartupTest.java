package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class SearchIndexStartupTest extends IntegrationTest {

	@Autowired
	SearchIndexStartup startup;

	@Autowired
	PostingSearch search;

	@Autowired
	PostingRepository postings;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void rebuildsAMissingIndexFromTheDatabase() throws Exception {
		Search.mapping(entityManagerFactory).scope(Posting.class).workspace().purge();
		assertThat(search.indexedCount()).isZero();

		startup.rebuildIfStale();

		assertThat(search.indexedCount()).isEqualTo(postings.count()).isPositive();
	}
}
