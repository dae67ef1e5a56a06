package org.recoveryworks.jobs;

import org.recoveryworks.shared.NotFoundException;

/** No such posting, or not one the reader may see. */
public class PostingNotFound extends NotFoundException {

	public PostingNotFound(Long id) {
		super("No posting " + id);
	}
}
