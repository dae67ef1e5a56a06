package org.recoveryworks.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers, verifies, refuses and reads organizations: employers, and the peer employment programs administrators create. */
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
		verify(id, null);
	}

	/** An administrator verifies a pending organization; false when it already was verified. */
	@Transactional
	public boolean verify(Long id, Long adminId) {
		Organization organization = repository.findById(id).orElseThrow(() -> new OrganizationNotFound(id));
		if (organization.verify(Instant.now(clock), adminId)) {
			events.publishEvent(new OrganizationVerified(id));
			return true;
		}
		return false;
	}

	/** An administrator refuses a pending organization with a reason (its postings stay private). */
	@Transactional
	public void refuse(Long id, Long adminId, String reason) {
		repository.findById(id).orElseThrow(() -> new OrganizationNotFound(id)).refuse(reason, Instant.now(clock), adminId);
	}

	/**
	 * Changes an organization's profile, unless someone saved it since {@code version} (an optimistic lock
	 * conflict). True when a refused organization thereby asks again to be verified.
	 */
	@Transactional
	public boolean updateProfile(Long id, long version, OrganizationProfile profile) {
		Organization organization = repository.findById(id).orElseThrow(() -> new OrganizationNotFound(id));
		if (organization.getVersion() != version) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Organization.class, id);
		}
		return organization.update(profile);
	}

	/** Creates a peer employment program (verified: an administrator made it). */
	@Transactional
	public Long createProgram(NewOrganization program, Long adminId) {
		return repository.save(Organization.program(program, Instant.now(clock), adminId)).getId();
	}

	/** The peer employment programs, by name. */
	public List<OrganizationSummary> programs() {
		return repository.findByKindOrderByNameAsc(OrganizationKind.PEER_EMPLOYMENT_PROGRAM).stream().map(Organization::toSummary).toList();
	}

	/** The employers (every organization but the programs), those waiting for verification first. */
	public List<OrganizationSummary> employers() {
		return all().stream().filter(o -> o.kind().isEmployer()).toList();
	}

	/** A program by id; "not found" for an employer's id. */
	public OrganizationSummary program(Long id) {
		return find(id).filter(OrganizationSummary::isProgram).orElseThrow(() -> new OrganizationNotFound(id));
	}

	/** An employer by id; "not found" for a program's id. */
	public OrganizationSummary employer(Long id) {
		return find(id).filter(o -> o.kind().isEmployer()).orElseThrow(() -> new OrganizationNotFound(id));
	}

	public boolean hasPrograms() {
		return repository.countByKind(OrganizationKind.PEER_EMPLOYMENT_PROGRAM) > 0;
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
		return repository.countByStatusAndKindNot(OrganizationStatus.VERIFIED, OrganizationKind.PEER_EMPLOYMENT_PROGRAM);
	}

	public boolean isEmpty() {
		return repository.count() == 0;
	}
}
