package org.recoveryworks.programs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A program as the finder shows it, with its distance from the place searched (if any). */
record ProgramView(Long id, String name, ProgramKind kind, Set<ProgramService> services, List<String> languages,
		String eligibility, String hours, String phone, String email, String website, String street, String town, String zip,
		double latitude, double longitude, LocalDate confirmedOn, boolean stale, Double distanceMiles, Long organizationId) {

	static ProgramView of(ProgramListing p, LocalDate staleBefore, Double distance) {
		return new ProgramView(p.getId(), p.getName(), p.getKind(), p.serviceSet(), p.languageList(), p.getEligibility(),
				p.getHours(), p.getPhone(), p.getEmail(), p.getWebsite(), p.getStreet(), p.getTown(), p.getZip(),
				p.getLatitude(), p.getLongitude(), p.getConfirmedOn(), p.getConfirmedOn().isBefore(staleBefore), distance,
				p.getOrganizationId());
	}

	public String distance() {
		return distanceMiles == null ? null : String.format(java.util.Locale.ROOT, "%.1f", distanceMiles);
	}

	/** The address, with the state of its ZIP code. */
	public String address(String state) {
		return (street == null ? "" : street + ", ") + town + ", " + state + " " + zip;
	}
}
