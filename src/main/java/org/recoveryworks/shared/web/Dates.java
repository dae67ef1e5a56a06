package org.recoveryworks.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Date formatting for templates ({@code ${@dates.day(x)}}), in the deployment's time zone (the clock's). */
@Component("dates")
public class Dates {

	/** Its zone is the deployment's, read at each use: the administrator can change it while the site runs. */
	private final Clock clock;

	public Dates(Clock clock) {
		this.clock = clock;
	}

	public String day(Temporal value) {
		if (value == null) {
			return "";
		}
		LocalDate date = value instanceof Instant i ? i.atZone(clock.getZone()).toLocalDate() : LocalDate.from(value);
		return DateTimeFormatter.ofPattern("MMMM d, yyyy", locale()).format(date);
	}

	public String time(Instant value) {
		return value == null ? "" : DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a", locale()).format(value.atZone(clock.getZone()));
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
