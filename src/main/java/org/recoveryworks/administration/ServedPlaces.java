package org.recoveryworks.administration;

import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.geo.Places;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Checks, next to the form's field, that an organization's ZIP code is a real one in a state this deployment serves. */
@Component
class ServedPlaces {

	private final Places places;

	ServedPlaces(Places places) {
		this.places = places;
	}

	void check(String zip, Errors errors) {
		if (errors.hasFieldErrors("zip") || zip == null) {
			return;
		}
		try {
			places.locateServed(zip, "zip", "place.zip.unknown");
		}
		catch (RuleViolation e) {
			e.rejectIn(errors);
		}
	}
}
