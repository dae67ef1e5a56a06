package org.recoveryworks.consultation;

import java.time.LocalDate;
import java.util.List;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.coaching.StaffReminders;
import org.recoveryworks.shared.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Consultations whose follow-up is due, on the staff member's dashboard. */
@Component
class ConsultationReminders implements StaffReminders {

	private final Consultations consultations;
	private final MessageSource messages;
	private final Dates dates;

	ConsultationReminders(Consultations consultations, MessageSource messages, Dates dates) {
		this.consultations = consultations;
		this.messages = messages;
		this.dates = dates;
	}

	@Override
	public List<Reminder> remindersFor(AccountUser staff, LocalDate today) {
		return consultations.list(staff).stream().filter(Consultations.View::followUpDue)
			.map(c -> new Reminder(messages.getMessage("coach.followUp.line", new Object[] { c.employerName(), dates.day(c.followUpOn()) },
					LocaleContextHolder.getLocale()), "/coach/consultations", c.followUpOn()))
			.toList();
	}
}
