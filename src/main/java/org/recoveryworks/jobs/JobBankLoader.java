package org.recoveryworks.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.recoveryworks.organizations.OrganizationSummary;
import org.recoveryworks.organizations.Organizations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many postings or applications at once, through the job bank's own entities and checks but without the
 * e-mails a person's action sends: for the data generator and bulk loads. Each call is one transaction.
 */
@Service
public class JobBankLoader {

	/** A posting of an organization, to create and publish. */
	public record LoadedPosting(Long organizationId, PostingDetails details) {
	}

	/** An application as a seeker would have sent it (no answers, no documents). */
	public record LoadedApplication(Long postingId, Long seekerAccountId, String fullName, String email, String phone,
			Instant submittedAt) {
	}

	private final PostingService postings;
	private final PostingRepository postingRepository;
	private final ApplicationRepository applications;
	private final Organizations organizations;
	private final PostingSearch search;
	private final EntityManager entityManager;

	JobBankLoader(PostingService postings, PostingRepository postingRepository, ApplicationRepository applications,
			Organizations organizations, PostingSearch search, EntityManager entityManager) {
		this.postings = postings;
		this.postingRepository = postingRepository;
		this.applications = applications;
		this.organizations = organizations;
		this.search = search;
		this.entityManager = entityManager;
	}

	/**
	 * Creates and publishes postings, with the same checks as an employer's form; their ids, in order. They are not
	 * indexed one transaction at a time (a Lucene commit each): call {@link #reindex()} after the last batch.
	 */
	@Transactional
	public List<Long> publish(List<LoadedPosting> rows) {
		Search.session(entityManager).indexingPlanFilter(context -> context.exclude(Posting.class));
		Map<Long, OrganizationSummary> organizationsById = new HashMap<>();
		List<Long> ids = new ArrayList<>(rows.size());
		for (LoadedPosting row : rows) {
			OrganizationSummary organization = organizationsById.computeIfAbsent(row.organizationId(), organizations::get);
			ids.add(postings.create(organization, row.details(), true).id());
		}
		return ids;
	}

	/** Rebuilds the search index from the database, as at start-up when it is stale (the mass indexer). */
	public void reindex() throws InterruptedException {
		search.reindex();
	}

	/** Closes the published postings whose close date has passed (what the nightly job does); how many. */
	public int closeExpired() {
		return postings.closeExpired();
	}

	/** Adds the applications that are not there yet (one per seeker and posting); how many were added. */
	@Transactional
	public int apply(List<LoadedApplication> rows) {
		int added = 0;
		for (LoadedApplication r : rows) {
			if (applications.findByPostingIdAndSeekerId(r.postingId(), r.seekerAccountId()).isPresent()) {
				continue;
			}
			applications.save(new JobApplication(postingRepository.getReferenceById(r.postingId()), r.seekerAccountId(),
					r.fullName(), r.email(), r.phone(), r.submittedAt()));
			added++;
		}
		return added;
	}
}
