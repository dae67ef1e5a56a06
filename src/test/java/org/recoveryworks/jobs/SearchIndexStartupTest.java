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

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	JobBank jobBank;

	@Autowired
	org.recoveryworks.TestData data;

	@Test
	void writesAgainThePostingsTheIndexHoldsAnOlderCopyOf() throws Exception {
		Long id = jobBank.post(data.employer(true).organizationId(),
				data.posting("Orchard hand", java.util.List.of()), true).id();
		// A change that reached the database but not the index (the process stopped between the two commits).
		jdbc.update("update posting set title = 'Greenhouse grower', version = version + 1, updated_at = ? where id = ?",
				java.sql.Timestamp.from(java.time.Instant.now(clock)), id);
		assertThat(search.indexedVersions(java.util.List.of(id)).get(id)).isNotEqualTo(
				jdbc.queryForObject("select version from posting where id = ?", Long.class, id));

		startup.rebuildIfStale();

		assertThat(search.indexedVersions(java.util.List.of(id)).get(id))
			.isEqualTo(jdbc.queryForObject("select version from posting where id = ?", Long.class, id));
		assertThat(search.indexedCount()).isEqualTo(postings.count());
	}
}
