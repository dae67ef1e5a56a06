package org.recoveryworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** CSV as reports and exports write it: RFC 4180, and no text a spreadsheet would run as a formula. */
class CsvTest {

	@Test
	void fieldsAreQuotedWhenTheyMustBeAndFormulasAreKeptAsText() {
		StringWriter out = new StringWriter();
		new Csv(out).row("name", "note", "n").row("Quinn \"Q\", Jr.", "line one\nline two", new BigDecimal("-2.5"))
			.row("=HYPERLINK(\"x\")", "@SUM(A1)", null);

		assertThat(out.toString()).isEqualTo("name,note,n\r\n\"Quinn \"\"Q\"\", Jr.\",\"line one\nline two\",-2.5\r\n"
				+ "\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),\r\n");
	}
}
