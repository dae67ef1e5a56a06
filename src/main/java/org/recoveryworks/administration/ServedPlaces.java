package org.recoveryworks.administration;

import org.recoveryworks.shared.Deployment;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Checks that an organization's ZIP code is a real one in a state this deployment serves. */
@Component
class ServedPlaces {

	private final org.recoveryworks.shared.geo.Places places;
	private final Deployment deployment;

	ServedPlaces(org.recoveryworks.shared.geo.Places places, Deployment deployment) {
		this.places = places;
		this.deployment = deployment;
	}

	void check(String zip, Errors errors) {
		if (errors.hasFieldErrors("zip") || zip == null) {
			return;
		}
		var place = places.locate(zip.strip());
		if (place.isEmpty()) {
			errors.rejectValue("zip", "place.zip.unknown", "We do not know this ZIP code.");
		}
		else if (!deployment.settings().serves(place.get().state())) {
			errors.rejectValue("zip", "place.zip.notServed", new Object[] { deployment.settings().statesText() },
					"This ZIP code is outside the states this site serves.");
		}
	}
}
