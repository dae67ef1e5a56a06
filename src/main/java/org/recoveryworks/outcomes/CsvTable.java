package org.recoveryworks.outcomes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as RFC 4180 defines it (read with Apache Commons CSV) (UTF-8, with or without a byte-order mark; CRLF or LF line
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

	/** RFC 4180 as Apache Commons CSV reads it; blank lines are kept (as blank records) so rows keep their numbers. */
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrailingData(false)
		.setLenientEof(false).get();

	private static List<List<String>> records(String text, int maxRecords) throws Unreadable {
		List<List<String>> records = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
			Iterator<CSVRecord> rows = parser.iterator();
			while (true) {
				CSVRecord row;
				try {
					if (!rows.hasNext()) {
						break;
					}
					row = rows.next();
				}
				catch (UncheckedIOException e) {
					// Commons CSV stops at a quoted field never closed, or at text after a field's closing quote.
					String problem = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
					throw new Unreadable(records.size() + 1, problem.contains("EOF") ? "import.file.unclosedQuote" : "import.file.strayQuote");
				}
				records.add(row.toList());
				if (records.size() > maxRecords) {
					throw new Unreadable(records.size(), "import.file.tooManyRows");
				}
			}
		}
		catch (IOException e) {
			throw new Unreadable(records.size() + 1, "import.file.strayQuote");
		}
		return records;
	}
}
