package org.recoveryworks.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Date formatting for templates ({@code ${@dates.day(x)}}), in the deployment's time zone (the
 * clock's) and the reader's language: the patterns are texts of the message bundle
 * ({@code format.date}, {@code format.dateTime}), so Spanish reads "25 de diciembre de 2026".
 */
@Component("dates")
public class Dates {

	/** Its zone is the deployment's, read at each use: the administrator can change it while the site runs. */
	private final Clock clock;

	private final MessageSource messages;

	public Dates(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	public String day(Temporal value) {
		if (value == null) {
			return "";
		}
		LocalDate date = value instanceof Instant i ? i.atZone(clock.getZone()).toLocalDate() : LocalDate.from(value);
		return pattern("format.date", "MMMM d, yyyy").format(date);
	}

	public String time(Instant value) {
		return value == null ? "" : pattern("format.dateTime", "MMMM d, yyyy, h:mm a").format(value.atZone(clock.getZone()));
	}

	/** A day of the week, date and time ("Tuesday, March 3 at 10:00 AM"), for mail about a meeting. */
	public String weekdayTime(Instant value) {
		return value == null ? "" : pattern("format.weekdayTime", "EEEE, MMMM d 'at' h:mm a").format(value.atZone(clock.getZone()));
	}

	/**
	 * A stretch of months kept as yyyy-MM ("2021-03"), in words: "March 2021 to now" (no end month: still so), "Until
	 * June 2020" (no start), or empty when neither is given.
	 */
	public String months(String started, String ended) {
		if (started == null && ended == null) {
			return "";
		}
		Locale locale = locale();
		String to = ended == null ? messages.getMessage("format.months.now", null, "now", locale) : month(ended);
		return started == null ? messages.getMessage("format.months.until", new Object[] { to }, locale)
				: messages.getMessage("format.months.range", new Object[] { month(started), to }, locale);
	}

	/** "2021-03" as "March 2021". */
	public String month(String yearMonth) {
		return pattern("format.month", "MMMM yyyy").format(YearMonth.parse(yearMonth));
	}

	private DateTimeFormatter pattern(String key, String english) {
		Locale locale = locale();
		return DateTimeFormatter.ofPattern(messages.getMessage(key, null, english, locale), locale);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
