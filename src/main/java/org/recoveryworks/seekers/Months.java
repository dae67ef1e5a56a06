package org.recoveryworks.seekers;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The months of a line of work history in words, in the reader's language ("March 2021 to now"). */
@Component("months")
class Months {

	private final MessageSource messages;

	Months(MessageSource messages) {
		this.messages = messages;
	}

	/** Empty when neither month is given; an empty end month is "now". */
	public String range(String started, String ended) {
		if (started == null && ended == null) {
			return "";
		}
		String to = ended == null ? message("profile.months.now") : month(ended);
		return started == null ? messages.getMessage("profile.months.until", new Object[] { to }, LocaleContextHolder.getLocale())
				: messages.getMessage("profile.months.range", new Object[] { month(started), to }, LocaleContextHolder.getLocale());
	}

	/** "2021-03" as "March 2021". */
	public String month(String yearMonth) {
		return YearMonth.parse(yearMonth).format(DateTimeFormatter.ofPattern(message("profile.months.pattern"), LocaleContextHolder.getLocale()));
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
