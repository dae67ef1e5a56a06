package org.recoveryworks.coaching;

import java.time.LocalDate;
import java.util.List;

import org.recoveryworks.accounts.AccountUser;

/**
 * Reminders another module puts on a coach's dashboard that belong to no one participant (employer consultations to
 * follow up). The text is ready to show; the link goes where the work is done.
 */
public interface StaffReminders {

	/** One reminder. */
	record Reminder(String text, String href, LocalDate due) {
	}

	List<Reminder> remindersFor(AccountUser staff, LocalDate today);
}
