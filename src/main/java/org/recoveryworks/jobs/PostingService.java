package org.recoveryworks.jobs;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.organizations.OrganizationSummary;
import org.recoveryworks.organizations.OrganizationVerified;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.geo.Places;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Employers' operations on their own postings; every one checks the posting is theirs. */
@Service
class PostingService {

	private static final Logger log = LoggerFactory.getLogger(PostingService.class);

	private final PostingRepository postings;
	private final Organizations organizations;
	private final Places places;
	private final Clock clock;
	private final String node;
	private final TransactionTemplate transaction;

	PostingService(PostingRepository postings, Organizations organizations, Places places, Clock clock,
			PlatformTransactionManager transactions, @Value("${recoveryworks.node-name:}") String node) {
		this.transaction = new TransactionTemplate(transactions);
		this.node = node.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : node;
		this.postings = postings;
		this.organizations = organizations;
		this.places = places;
		this.clock = clock;
	}

	@Transactional
	PostingSaved create(AccountUser employer, PostingDetails details, boolean publish) {
		OrganizationSummary organization = organizations.get(requireEmployer(employer));
		return create(organization, details, publish);
	}

	/** Creates a posting for an organization (used by employers through the method above, and by the demo data). */
	@Transactional
	PostingSaved create(OrganizationSummary organization, PostingDetails details, boolean publish) {
		screen(details);
		if (postings.existsByOrganizationIdAndRecruitmentNumber(organization.id(), details.recruitmentNumber().trim())) {
			throw numberTaken();
		}
		Instant now = Instant.now(clock);
		Posting posting = new Posting(organization.id(), organization.name(), organization.verified(), now);
		Places.Place place = locate(details);
		posting.apply(details, place.latitude(), place.longitude(), now);
		if (publish) {
			posting.publish(now);
		}
		Long id;
		try {
			id = postings.saveAndFlush(posting).getId();
		}
		catch (org.springframework.dao.DataIntegrityViolationException e) {
			// Two saves with the same number at once: the unique constraint decides.
			throw numberTaken();
		}
		return new PostingSaved(id, AdaQuestionScreen.onlyLivedExperience(details.minimumQualifications()));
	}

	/** Updates a posting; {@code expectedVersion} is the version the editor read, so a concurrent edit is detected. */
	@Transactional
	PostingSaved update(AccountUser employer, Long id, long expectedVersion, PostingDetails details) {
		Posting posting = own(employer, id);
		if (posting.getVersion() != expectedVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Posting.class, id);
		}
		screen(details);
		if (postings.existsByOrganizationIdAndRecruitmentNumberAndIdNot(posting.getOrganizationId(), details.recruitmentNumber().trim(), id)) {
			throw numberTaken();
		}
		Places.Place place = locate(details);
		posting.apply(details, place.latitude(), place.longitude(), Instant.now(clock));
		try {
			postings.saveAndFlush(posting);
		}
		catch (org.springframework.dao.DataIntegrityViolationException e) {
			throw numberTaken();
		}
		return new PostingSaved(id, AdaQuestionScreen.onlyLivedExperience(details.minimumQualifications()));
	}

	@Transactional
	void publish(AccountUser employer, Long id) {
		own(employer, id).publish(Instant.now(clock));
	}

	@Transactional
	void close(AccountUser employer, Long id) {
		own(employer, id).close(Instant.now(clock));
	}

	@Transactional
	void markFilled(AccountUser employer, Long id) {
		own(employer, id).markFilled(Instant.now(clock));
	}

	@Transactional(readOnly = true)
	PostingView ownView(AccountUser employer, Long id) {
		return PostingView.of(own(employer, id), LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	List<PostingView> ownPostings(AccountUser employer) {
		LocalDate today = LocalDate.now(clock);
		return postings.findByOrganizationIdOrderByCreatedAtDesc(requireEmployer(employer)).stream()
			.map(p -> PostingView.of(p, today))
			.toList();
	}

	/** A posting the public may read: listed, or closed/filled after being listed. Drafts and unverified employers' postings are hidden. */
	@Transactional(readOnly = true)
	PostingView publicView(Long id) {
		Posting posting = postings.findById(id).orElseThrow(() -> new PostingNotFound(id));
		PostingView view = PostingView.of(posting, LocalDate.now(clock));
		if (!readableByThePublic(posting, view)) {
			throw new PostingNotFound(id);
		}
		return view;
	}

	/** Whether the public may read the posting: its employer is verified, and it is listed or was (closed, filled). */
	static boolean readableByThePublic(Posting posting, PostingView view) {
		return posting.isOrganizationVerified() && view.state() != PostingState.DRAFT && view.state() != PostingState.SCHEDULED;
	}

	/** Closes postings whose close date has passed; searches also filter by date, so nothing shows late meanwhile. */
	@Scheduled(cron = "${recoveryworks.jobs.close-postings-cron:0 5 * * * *}", zone = "${recoveryworks.time-zone:America/New_York}")
	@SchedulerLock(name = "close-expired-postings", lockAtLeastFor = "PT1S")
	public int closeExpired() {
		int closed = org.recoveryworks.shared.Batches.untilDone(transaction, 500, () -> {
			Instant now = Instant.now(clock);
			List<Posting> expired = postings.findFirst500ByStatusAndCloseDateBefore(PostingStatus.PUBLISHED, LocalDate.now(clock));
			expired.forEach(p -> p.close(now));
			return expired.size();
		});
		log.info("Job close-expired-postings ran on {}: {} closed", node, closed);
		return closed;
	}

	@EventListener
	@Transactional
	public void on(OrganizationVerified event) {
		postings.findByOrganizationId(event.organizationId()).forEach(Posting::organizationVerified);
	}

	Posting own(AccountUser employer, Long id) {
		Long organizationId = requireEmployer(employer);
		return postings.findById(id)
			.filter(p -> Objects.equals(p.getOrganizationId(), organizationId))
			.orElseThrow(() -> new PostingNotFound(id));
	}

	private static Long requireEmployer(AccountUser user) {
		if (user == null || !user.is(Role.EMPLOYER) || user.organizationId() == null) {
			throw new org.springframework.security.access.AccessDeniedException("Employers only");
		}
		return user.organizationId();
	}

	/** A posting's ZIP code must be one in a state the deployment serves. */
	private Places.Place locate(PostingDetails details) {
		return places.locateServed(details.zip(), "zip", "posting.zip.unknown");
	}

	private static RuleViolation numberTaken() {
		return new RuleViolation("recruitmentNumber", "posting.recruitmentNumber.taken", "This recruitment number is already used.");
	}

	private static void screen(PostingDetails details) {
		if (details.questions() == null) {
			return;
		}
		for (int i = 0; i < details.questions().size(); i++) {
			QuestionDetails question = details.questions().get(i);
			var refusal = AdaQuestionScreen.refusal(question.text(), question.type() == QuestionType.CHOICE ? question.choices() : null);
			if (refusal.isPresent()) {
				throw new RuleViolation("questions[" + i + "].text", "ada.refused." + refusal.get().name(),
						"This question is not allowed before a job offer under the Americans with Disabilities Act (ADA).");
			}
		}
	}
}
