package org.recoveryworks.jobs;

import org.recoveryworks.shared.NotFoundException;

/** No such saved search among the signed-in person's own. */
class SavedSearchNotFound extends NotFoundException {

	SavedSearchNotFound(Long id) {
		super("No saved search " + id);
	}
}
