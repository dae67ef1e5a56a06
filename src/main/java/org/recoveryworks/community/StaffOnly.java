package org.recoveryworks.community;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/** Community support is program staff's work: the checks every service here starts with. */
final class StaffOnly {

	private StaffOnly() {
	}

	/** No such group, pairing, training or registration for this staff member (the same answer as for another program's). */
	static class NotFound extends NotFoundException {
		NotFound(Long id) {
			super("No such record " + id);
		}
	}

	static void require(AccountUser user) {
		if (!CaseFiles.isStaff(user)) {
			throw new AccessDeniedException("Program staff only");
		}
	}

	/** Anyone else gets "not found", as for a record of another program. */
	static void requireOr404(AccountUser user, Long id) {
		if (!CaseFiles.isStaff(user)) {
			throw new NotFound(id);
		}
	}
}
