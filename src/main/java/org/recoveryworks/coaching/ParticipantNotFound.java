package org.recoveryworks.coaching;

import org.recoveryworks.shared.NotFoundException;

/** No such participant, or not one the reader may see (the same answer, so nothing is revealed). */
class ParticipantNotFound extends NotFoundException {

	ParticipantNotFound(Long id) {
		super("No participant " + id);
	}
}
