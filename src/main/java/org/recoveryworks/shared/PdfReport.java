package org.recoveryworks.shared;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain report as PDF: headings, paragraphs, tables and bar charts on letter pages, a new page
 * when one is full. The standard fonts cover Western European text; anything else prints as '?'.
 */
public final class PdfReport implements AutoCloseable {

	private static final float MARGIN = 54;
	private static final float LINE = 14;

	private final PDDocument doc = new PDDocument();
	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private PDPageContentStream content;
	private float y;

	public PdfReport(String title) {
		doc.getDocumentInformation().setTitle(title);
		newPage();
	}

	public PdfReport heading(String text, float size) {
		need(size * 2);
		write(bold, size, MARGIN, text);
		y -= size * 1.6f;
		return this;
	}

	public PdfReport paragraph(String text) {
		for (String line : wrap(text, regular, 10, width())) {
			need(LINE);
			write(regular, 10, MARGIN, line);
			y -= LINE;
		}
		y -= 4;
		return this;
	}

	/** A table: the first column takes what the others leave; a header row in bold. */
	public PdfReport table(List<String> header, List<List<String>> rows) {
		int columns = header.size();
		float rest = columns > 1 ? Math.min(90, width() / 2 / (columns - 1)) : 0;
		float first = width() - rest * (columns - 1);
		List<List<String>> all = new ArrayList<>();
		all.add(header);
		all.addAll(rows);
		for (int r = 0; r < all.size(); r++) {
			List<String> row = all.get(r);
			PDType1Font font = r == 0 ? bold : regular;
			List<String> firstLines = wrap(row.get(0), font, 9, first - 6);
			float height = Math.max(1, firstLines.size()) * 12 + 4;
			need(height);
			float x = MARGIN;
			for (int c = 0; c < columns; c++) {
				float w = c == 0 ? first : rest;
				List<String> lines = c == 0 ? firstLines : wrap(c < row.size() ? row.get(c) : "", font, 9, w - 6);
				float ly = y;
				for (String line : lines) {
					write(font, 9, x + 2, line, ly);
					ly -= 12;
				}
				x += w;
			}
			y -= height;
			line(MARGIN, y + 8, MARGIN + width(), y + 8);
		}
		y -= 8;
		return this;
	}

	/** A bar chart with its values written above the bars. */
	public PdfReport barChart(String title, List<String> labels, List<Double> values, double max, String unit) {
		float height = 170;
		need(height + 40);
		write(bold, 11, MARGIN, title);
		y -= 18;
		float base = y - height + 20;
		float slot = labels.isEmpty() ? width() : width() / labels.size();
		float barWidth = slot * 0.6f;
		double top = max > 0 ? max : Math.max(1, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
		try {
			line(MARGIN, base, MARGIN + width(), base);
			for (int i = 0; i < labels.size(); i++) {
				float h = (float) ((height - 50) * Math.min(values.get(i), top) / top);
				float x = MARGIN + i * slot + (slot - barWidth) / 2;
				content.setNonStrokingColor(new Color(0, 94, 162));
				content.addRect(x, base, barWidth, h);
				content.fill();
				content.setNonStrokingColor(Color.BLACK);
				String value = format(values.get(i)) + unit;
				write(regular, 8, x, value, base + h + 3);
				List<String> labelLines = wrap(labels.get(i), regular, 8, slot - 4);
				float ly = base - 10;
				for (String l : labelLines) {
					write(regular, 8, MARGIN + i * slot + 2, l, ly);
					ly -= 9;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		y = base - 40;
		return this;
	}

	public byte[] toBytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			content.close();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			doc.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The standard PDF fonts cover Western European text; anything else prints as '?'. */
	public static String printable(PDType1Font font, String text) {
		StringBuilder b = new StringBuilder();
		text.codePoints().forEach(cp -> {
			String ch = new String(Character.toChars(cp));
			try {
				font.encode(ch);
				b.append(ch);
			}
			catch (IOException | IllegalArgumentException e) {
				b.append('?');
			}
		});
		return b.toString();
	}

	private static String format(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
	}

	private float width() {
		return PDRectangle.LETTER.getWidth() - 2 * MARGIN;
	}

	private void need(float height) {
		if (y - height < MARGIN) {
			newPage();
		}
	}

	private void newPage() {
		try {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PDRectangle.LETTER);
			doc.addPage(page);
			content = new PDPageContentStream(doc, page);
			y = page.getMediaBox().getHeight() - MARGIN;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void write(PDType1Font font, float size, float x, String text) {
		write(font, size, x, text, y);
	}

	private void write(PDType1Font font, float size, float x, String text, float atY) {
		try {
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, atY);
			content.showText(printable(font, text == null ? "" : text));
			content.endText();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void line(float x1, float y1, float x2, float y2) {
		try {
			content.setLineWidth(0.5f);
			content.moveTo(x1, y1);
			content.lineTo(x2, y2);
			content.stroke();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<String> wrap(String text, PDType1Font font, float size, float maxWidth) {
		List<String> lines = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			lines.add("");
			return lines;
		}
		StringBuilder current = new StringBuilder();
		for (String word : text.split("\\s+")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (widthOf(font, size, candidate) > maxWidth && !current.isEmpty()) {
				lines.add(current.toString());
				current = new StringBuilder(word);
			}
			else {
				current = new StringBuilder(candidate);
			}
		}
		lines.add(current.toString());
		return lines;
	}

	private static float widthOf(PDType1Font font, float size, String text) {
		try {
			return font.getStringWidth(printable(font, text)) / 1000 * size;
		}
		catch (IOException e) {
			return text.length() * size * 0.5f;
		}
	}
}
