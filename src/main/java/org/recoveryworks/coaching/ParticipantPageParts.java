package org.recoveryworks.coaching;

import java.util.Map;

import org.recoveryworks.accounts.AccountUser;

/**
 * What another module shows on a participant's page (community support: groups attended, trainings, peer mentoring),
 * as model attributes for the page's sections. Asked only after the staff member opened the record; the module audits
 * its own reads.
 */
public interface ParticipantPageParts {

	Map<String, Object> partsFor(AccountUser staff, Long participantId);
}
