package org.recoveryworks.coaching;

import java.time.LocalDate;
import java.util.List;

import org.recoveryworks.accounts.AccountUser;

/**
 * Work another module puts on a coach's dashboard (outcomes: jobs to confirm, follow-ups due).
 * The dashboard shows the items for the caseload it has already opened and audited.
 */
public interface DueWork {

	/** One thing to do for a participant; the text is ready to show. */
	record Item(Long participantId, String participantName, String text, String href, LocalDate due, boolean late) {
	}

	List<Item> dueFor(AccountUser staff, List<CaseFiles.ParticipantRef> caseload, LocalDate today);
}
