package org.recoveryworks.community;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.shared.NotFoundException;

/** Community support is program staff's work: anyone else gets "not found" for records addressed by id. */
final class StaffOnly {

	private StaffOnly() {
	}

	/** No such group, pairing, training or registration for this staff member (the same answer as for another program's). */
	static class NotFound extends NotFoundException {
		NotFound(Long id) {
			super("No such record " + id);
		}
	}

	/** Anyone else gets "not found", as for a record of another program. */
	static void requireOr404(AccountUser user, Long id) {
		if (!CaseFiles.isStaff(user)) {
			throw new NotFound(id);
		}
	}
}
