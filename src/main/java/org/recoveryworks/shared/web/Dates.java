package org.recoveryworks.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Date formatting for templates ({@code ${@dates.day(x)}}), in Connecticut time. */
@Component("dates")
public class Dates {

	/** Connecticut time: the day a program's records are about. */
	public static final ZoneId ZONE = ZoneId.of("America/New_York");

	public String day(Temporal value) {
		if (value == null) {
			return "";
		}
		LocalDate date = value instanceof Instant i ? i.atZone(ZONE).toLocalDate() : LocalDate.from(value);
		return DateTimeFormatter.ofPattern("MMMM d, yyyy", locale()).format(date);
	}

	public String time(Instant value) {
		return value == null ? "" : DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a", locale()).format(value.atZone(ZONE));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
