package org.recoveryworks.seekers;

import org.recoveryworks.shared.NotFoundException;

/** No such line in the signed-in person's own profile. */
class EntryNotFound extends NotFoundException {

	EntryNotFound(Long id) {
		super("No line " + id + " in your profile");
	}
}
