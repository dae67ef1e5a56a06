package org.recoveryworks.consents;

import org.recoveryworks.shared.NotFoundException;

/** No such consent for this participant (the same answer as for another participant's). */
class ConsentNotFound extends NotFoundException {

	ConsentNotFound(Long id) {
		super("No consent " + id);
	}
}
