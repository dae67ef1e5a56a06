package org.recoveryworks.organizations;

import org.recoveryworks.shared.NotFoundException;

/** No organization with that id. */
public class OrganizationNotFound extends NotFoundException {

	public OrganizationNotFound(Long id) {
		super("No organization " + id);
	}
}
