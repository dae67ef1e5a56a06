package org.recoveryworks.programs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.NotFoundException;
import org.recoveryworks.shared.geo.Places;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the finder's entries: administrators keep every entry; a program's supervisor keeps their
 * own organization's entries once the organization is verified. Saving or confirming an entry
 * marks its details as current.
 */
@Service
public class ProgramDirectory {

	/** A program for the directory, as the demo data or an import gives it. */
	public record NewListing(String name, String kind, List<String> services, List<String> languages, String eligibility,
			String hours, String phone, String email, String website, String street, String town, String zip,
			LocalDate confirmedOn, Long organizationId) {
	}

	private final ProgramListingRepository listings;
	private final Organizations organizations;
	private final Places places;
	private final ProgramFinder finder;
	private final Clock clock;

	ProgramDirectory(ProgramListingRepository listings, Organizations organizations, Places places, ProgramFinder finder,
			Clock clock) {
		this.listings = listings;
		this.organizations = organizations;
		this.places = places;
		this.finder = finder;
		this.clock = clock;
	}

	/** Adds a program to the directory (demo data, imports): kind and services by name. */
	@Transactional
	public Long register(NewListing listing) {
		ProgramForm form = new ProgramForm();
		form.setName(listing.name());
		form.setKind(ProgramKind.valueOf(listing.kind()));
		form.setServices(listing.services().stream().map(ProgramService::valueOf)
			.collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(ProgramService.class))));
		form.setLanguages(String.join(",", listing.languages()));
		form.setEligibility(listing.eligibility());
		form.setHours(listing.hours());
		form.setPhone(listing.phone());
		form.setEmail(listing.email());
		form.setWebsite(listing.website());
		form.setStreet(listing.street());
		form.setTown(listing.town());
		form.setZip(listing.zip());
		ProgramListing p = new ProgramListing(Instant.now(clock));
		Places.Place place = locate(form);
		p.apply(form, place.latitude(), place.longitude(), listing.confirmedOn() == null ? LocalDate.now(clock) : listing.confirmedOn());
		p.keepUpBy(listing.organizationId());
		return listings.save(p).getId();
	}

	/** The entries this user keeps. */
	@Transactional(readOnly = true)
	List<ProgramView> kept(AccountUser user) {
		LocalDate staleBefore = finder.staleBefore();
		List<ProgramListing> kept = user.is(Role.ADMIN) ? listings.findAllByOrderByNameAsc()
				: user.is(Role.SUPERVISOR) ? listings.findByOrganizationIdOrderByNameAsc(user.organizationId()) : List.of();
		return kept.stream().map(p -> ProgramView.of(p, staleBefore, null)).toList();
	}

	/** Whether this user may add entries: administrators, and supervisors of a verified organization. */
	@Transactional(readOnly = true)
	boolean mayAdd(AccountUser user) {
		return user.is(Role.ADMIN) || (user.is(Role.SUPERVISOR) && organizationVerified(user.organizationId()));
	}

	@Transactional
	Long add(AccountUser user, ProgramForm form) {
		if (!mayAdd(user)) {
			throw new AccessDeniedException("Only administrators and verified programs' supervisors add entries");
		}
		Places.Place place = locate(form);
		ProgramListing p = new ProgramListing(Instant.now(clock));
		p.apply(form, place.latitude(), place.longitude(), LocalDate.now(clock));
		if (user.is(Role.SUPERVISOR)) {
			p.keepUpBy(user.organizationId());
		}
		return listings.save(p).getId();
	}

	@Transactional(readOnly = true)
	ProgramForm formOf(AccountUser user, Long id) {
		return ProgramForm.of(own(user, id));
	}

	@Transactional
	void update(AccountUser user, Long id, ProgramForm form) {
		ProgramListing p = own(user, id);
		if (p.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(ProgramListing.class, id);
		}
		Places.Place place = locate(form);
		p.apply(form, place.latitude(), place.longitude(), LocalDate.now(clock));
	}

	/** The keeper says the details are still right. */
	@Transactional
	void confirm(AccountUser user, Long id) {
		own(user, id).confirm(LocalDate.now(clock));
	}

	/** The IPS programs this user keeps, whose fidelity they review. */
	@Transactional(readOnly = true)
	List<ProgramListing> keptIpsPrograms(AccountUser user) {
		List<ProgramListing> kept = user.is(Role.ADMIN) ? listings.findAllByOrderByNameAsc()
				: user.is(Role.SUPERVISOR) && organizationVerified(user.organizationId())
						? listings.findByOrganizationIdOrderByNameAsc(user.organizationId()) : List.of();
		return kept.stream().filter(p -> p.getKind() == ProgramKind.IPS_SUPPORTED_EMPLOYMENT).toList();
	}

	/** An entry this user keeps (else "not found"). */
	ProgramListing own(AccountUser user, Long id) {
		ProgramListing p = listings.findById(id).orElseThrow(() -> new ProgramNotFound(id));
		boolean keeper = user.is(Role.ADMIN) || (user.is(Role.SUPERVISOR) && Objects.equals(p.getOrganizationId(), user.organizationId())
				&& organizationVerified(user.organizationId()));
		if (!keeper) {
			throw new ProgramNotFound(id);
		}
		return p;
	}

	private boolean organizationVerified(Long organizationId) {
		return organizationId != null && organizations.find(organizationId).map(o -> o.verified()).orElse(false);
	}

	private Places.Place locate(ProgramForm form) {
		return places.locateServed(form.getZip(), "zip", "program.zip.unknown");
	}

	static class ProgramNotFound extends NotFoundException {
		ProgramNotFound(Long id) {
			super("No program " + id);
		}
	}
}
