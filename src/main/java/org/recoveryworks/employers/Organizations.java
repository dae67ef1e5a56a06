package org.recoveryworks.employers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers, verifies and reads employer organizations. */
@Service
@Transactional(readOnly = true)
public class Organizations {

	private final OrganizationRepository repository;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Organizations(OrganizationRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/** Registers an organization; it stays PENDING (its postings private) until an admin verifies it. */
	@Transactional
	public Long register(NewOrganization organization) {
		return repository.save(new Organization(organization, Instant.now(clock))).getId();
	}

	/** Verifies an organization and announces it, so its postings become public. */
	@Transactional
	public void verify(Long id) {
		Organization organization = repository.findById(id).orElseThrow(() -> new OrganizationNotFound(id));
		if (organization.verify(Instant.now(clock))) {
			events.publishEvent(new OrganizationVerified(id));
		}
	}

	public Optional<OrganizationSummary> find(Long id) {
		return id == null ? Optional.empty() : repository.findById(id).map(Organization::toSummary);
	}

	public OrganizationSummary get(Long id) {
		return find(id).orElseThrow(() -> new OrganizationNotFound(id));
	}

	public List<OrganizationSummary> all() {
		return repository.findAllByOrderByStatusAscNameAsc().stream().map(Organization::toSummary).toList();
	}

	public long countVerified() {
		return repository.countByStatus(OrganizationStatus.VERIFIED);
	}

	public boolean isEmpty() {
		return repository.count() == 0;
	}
}
