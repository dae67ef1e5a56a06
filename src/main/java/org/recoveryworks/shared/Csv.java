package org.recoveryworks.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, lines
 * end with CRLF. Text that a spreadsheet would run as a formula (starting with =, +, - or @) gets a
 * leading apostrophe; numbers are written as they are.
 */
public final class Csv {

	private final Writer out;

	public Csv(Writer out) {
		this.out = out;
	}

	public Csv row(Object... fields) {
		try {
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					out.write(',');
				}
				out.write(field(fields[i]));
			}
			out.write("\r\n");
			return this;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (value instanceof CharSequence && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
