package org.recoveryworks.jobs;

import java.util.List;

import org.recoveryworks.organizations.Organizations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The job bank as other modules use it: search open postings, read one, post on an organization's behalf. */
@Service
public class JobBank {

	private final PostingService postings;
	private final PostingSearch search;
	private final Organizations organizations;
	private final Applications applications;

	JobBank(PostingService postings, PostingSearch search, Organizations organizations, Applications applications) {
		this.postings = postings;
		this.search = search;
		this.organizations = organizations;
		this.applications = applications;
	}

	/**
	 * The applications a job seeker chose to share with their coach (and only those). Nothing
	 * about coaching ever flows the other way, to employers.
	 */
	public List<ApplicationView> applicationsSharedWithCoach(Long seekerAccountId) {
		return applications.sharedBy(seekerAccountId);
	}

	/**
	 * The hire recorded on an application, only if the seeker shared that application with their
	 * coach (otherwise nothing, so the coach learns nothing the person did not choose to share).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Hire> sharedHire(Long applicationId) {
		return applications.sharedHire(applicationId);
	}

	/** Who an application is between: the applicant's account and the employer's organization. */
	public record ApplicationParties(Long applicationId, Long seekerAccountId, Long employerOrganizationId, String postingTitle,
			String applicantName, boolean withdrawn) {
	}

	/** The parties of an application (for features that belong to one, like a shared credential summary). */
	@Transactional(readOnly = true)
	public java.util.Optional<ApplicationParties> parties(Long applicationId) {
		return applications.parties(applicationId);
	}

	/** Searches listed postings with the same query as the search page, with counts per filter value. */
	public JobSearchResult search(JobQuery query) {
		return search.search(query, true);
	}

	/** A posting the public may read. */
	public PostingView find(Long postingId) {
		return postings.publicView(postingId);
	}

	/** Creates a posting for an organization without a signed-in employer (imports and demo data). */
	@Transactional
	public PostingSaved post(Long organizationId, PostingDetails details, boolean publish) {
		return postings.create(organizations.get(organizationId), details, publish);
	}
}
