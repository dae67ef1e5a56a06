package org.recoveryworks.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Writes RFC 4180 CSV with Apache Commons CSV: fields with a comma, quote or line break are quoted, quotes doubled,
 * lines end with CRLF. Text that a spreadsheet would run as a formula (starting with =, +, - or @) gets a leading
 * apostrophe; numbers are written as they are.
 */
public final class Csv {

	private final CSVPrinter out;

	public Csv(Writer out) {
		try {
			this.out = new CSVPrinter(out, CSVFormat.RFC4180);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Csv row(Object... fields) {
		try {
			out.printRecord(Arrays.stream(fields).map(Csv::safe).toArray());
			return this;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Column names in the reader's language: each code's text under {@code csv.<code>} in the bundles. The English
	 * texts are the codes themselves, so a file in English keeps the names tools already read.
	 */
	public static Object[] headers(MessageSource messages, String... codes) {
		Locale locale = LocaleContextHolder.getLocale();
		return Arrays.stream(codes).map(code -> messages.getMessage("csv." + code, null, code, locale)).toArray();
	}

	/** The value as it is written: text that would start a formula is kept as text. */
	private static Object safe(Object value) {
		if (value instanceof CharSequence text && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}
}
