package org.recoveryworks.outcomes;

import org.recoveryworks.shared.Deployment;
import org.recoveryworks.shared.geo.Places;
import org.springframework.stereotype.Component;

/**
 * The state a job is in, which decides the minimum wage it is compared with: the job bank posting's
 * own state for a hire, otherwise {@code recoveryworks.outcomes.default-state} when set, or the state
 * the deployment serves when it serves one.
 */
@Component
class PlacementStates {

	private final OutcomesSettings settings;
	private final Deployment deployment;
	private final Places places;

	PlacementStates(OutcomesSettings settings, Deployment deployment, Places places) {
		this.settings = settings;
		this.deployment = deployment;
		this.places = places;
	}

	/** The state a new job is in unless the coach says otherwise; empty when the deployment serves several. */
	String forNewJob() {
		if (settings.defaultState() != null && !settings.defaultState().isBlank()) {
			return settings.defaultState();
		}
		var states = deployment.settings().states();
		return states.size() == 1 && !states.contains(Deployment.ALL_STATES) ? states.get(0) : "";
	}

	/** The state of a job at this ZIP code, or the default when the ZIP is unknown. */
	String ofZip(String zip) {
		String state = places.stateOf(zip);
		return state.isEmpty() ? forNewJob() : state;
	}
}
