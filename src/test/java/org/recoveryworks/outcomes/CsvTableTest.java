package org.recoveryworks.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading a program's spreadsheet (Apache Commons CSV underneath): rows numbered as a spreadsheet numbers them. */
class CsvTableTest {

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void rowsKeepTheirSpreadsheetNumbersAcrossBlankLinesAndQuotedLineBreaks() throws Exception {
		CsvTable table = CsvTable.parse(csv("\uFEFFExternal_ID, Name\r\nA1,\"Ana\nDemo\"\r\n\r\nA2,\"Quinn \"\"Q\"\", Jr.\"\nA3,plain\n"), 10);

		assertThat(table.header()).containsExactly("external_id", "name");
		assertThat(table.rows()).extracting(CsvTable.Row::number).containsExactly(2, 4, 5);
		assertThat(table.rows()).extracting(CsvTable.Row::values)
			.containsExactly(List.of("A1", "Ana\nDemo"), List.of("A2", "Quinn \"Q\", Jr."), List.of("A3", "plain"));
	}

	@Test
	void malformedFilesSayWhereReadingStopped() {
		assertThatThrownBy(() -> CsvTable.parse(csv("a,b\r\n1,\"open\r\n"), 10)).isInstanceOf(CsvTable.Unreadable.class)
			.hasMessage("import.file.unclosedQuote").satisfies(e -> assertThat(((CsvTable.Unreadable) e).row).isEqualTo(2));
		assertThatThrownBy(() -> CsvTable.parse(csv("a,b\r\n1,2\r\n3,\"x\" y\r\n"), 10)).isInstanceOf(CsvTable.Unreadable.class)
			.hasMessage("import.file.strayQuote").satisfies(e -> assertThat(((CsvTable.Unreadable) e).row).isEqualTo(3));
		assertThatThrownBy(() -> CsvTable.parse(csv("a\r\n1\r\n2\r\n3\r\n"), 2)).isInstanceOf(CsvTable.Unreadable.class)
			.hasMessage("import.file.tooManyRows");
		assertThatThrownBy(() -> CsvTable.parse(new byte[] { 'a', (byte) 0xC3, (byte) 0x28 }, 2)).hasMessage("import.file.notUtf8");
		assertThatThrownBy(() -> CsvTable.parse(csv("\r\n\r\n"), 2)).hasMessage("import.file.empty");
	}

	@Test
	void aQuoteInsideAnUnquotedFieldIsReadAsTextAsSpreadsheetsDo() throws Exception {
		assertThat(CsvTable.parse(csv("name\r\nAna \"Demo\"\r\n"), 10).rows().get(0).values()).containsExactly("Ana \"Demo\"");
	}
}
