package org.recoveryworks.outcomes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file as RFC 4180 defines it (UTF-8, with or without a byte-order mark; CRLF or LF line
 * ends): a header row, then data rows numbered as a spreadsheet numbers them (the header is row 1).
 */
record CsvTable(List<String> header, List<Row> rows) {

	/** A data row and its row number in the file. */
	record Row(int number, List<String> values) {
	}

	/** The file cannot be read as CSV; {@code row} is where the reading stopped. */
	static class Unreadable extends Exception {
		final int row;

		Unreadable(int row, String message) {
			super(message);
			this.row = row;
		}
	}

	static CsvTable parse(byte[] bytes, int maxRows) throws Unreadable {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			throw new Unreadable(0, "import.file.notUtf8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> records = records(text, maxRows + 1);
		while (!records.isEmpty() && blank(records.get(records.size() - 1))) {
			records.remove(records.size() - 1);
		}
		if (records.isEmpty()) {
			throw new Unreadable(0, "import.file.empty");
		}
		List<String> header = records.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			if (!blank(records.get(i))) {
				rows.add(new Row(i + 1, records.get(i)));
			}
		}
		return new CsvTable(header, rows);
	}

	private static boolean blank(List<String> record) {
		return record.stream().allMatch(String::isBlank);
	}

	private static List<List<String>> records(String text, int maxRecords) throws Unreadable {
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
						continue;
					}
					quoted = false;
					i++;
					continue;
				}
				field.append(c);
				i++;
				continue;
			}
			if (c == '"') {
				if (field.length() > 0 || wasQuoted) {
					throw new Unreadable(records.size() + 1, "import.file.strayQuote");
				}
				quoted = true;
				wasQuoted = true;
				i++;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
				i++;
			}
			else if (c == '\r' || c == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
				records.add(fields);
				if (records.size() > maxRecords) {
					throw new Unreadable(records.size(), "import.file.tooManyRows");
				}
				fields = new ArrayList<>();
				i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
			}
			else {
				if (wasQuoted) {
					throw new Unreadable(records.size() + 1, "import.file.strayQuote");
				}
				field.append(c);
				i++;
			}
		}
		if (quoted) {
			throw new Unreadable(records.size() + 1, "import.file.unclosedQuote");
		}
		if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
			fields.add(field.toString());
			records.add(fields);
		}
		if (records.size() > maxRecords) {
			throw new Unreadable(records.size(), "import.file.tooManyRows");
		}
		return records;
	}
}
