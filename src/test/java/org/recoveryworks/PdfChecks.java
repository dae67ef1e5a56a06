package org.recoveryworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a reader of a product's PDF gets: its text in reading order, and the PDF/UA marks a screen reader needs
 * (a tagged structure, the document's language and title, embedded fonts).
 */
public final class PdfChecks {

	private PdfChecks() {
	}

	/**
	 * The PDF's text in the order of its content (the order it was written, which is the tagged reading order), every
	 * run of spaces and line breaks made one space: a table's header that wraps in its cell reads the same.
	 */
	public static String text(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(false);
			return stripper.getText(doc).replaceAll("[\\s\\u00a0]+", " ").trim();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Fails unless each text comes after the one before it in the PDF's text. */
	public static void assertInOrder(byte[] pdf, String... texts) {
		String text = text(pdf);
		int at = -1;
		for (String t : texts) {
			int next = text.indexOf(t, at + 1);
			assertThat(next).as("\"%s\" after position %d in the PDF's text:%n%s", t, at, text).isGreaterThan(at);
			at = next;
		}
	}

	/**
	 * Fails unless the PDF is marked as tagged with a structure tree holding the given kinds of element (for example
	 * "H1", "Table", "TH", "TD"), declares PDF/UA-1 in its metadata, has the language and a title shown as the window
	 * title, and embeds every font it uses.
	 */
	public static void assertTaggedPdfUa(byte[] pdf, String language, String title, String... elements) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			var catalog = doc.getDocumentCatalog();
			assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).as("marked as tagged").isTrue();
			assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
			assertThat(catalog.getLanguage()).as("document language").isEqualTo(language);
			assertThat(doc.getDocumentInformation().getTitle()).as("document title").isEqualTo(title);
			assertThat(catalog.getViewerPreferences()).as("viewer preferences").isNotNull();
			assertThat(catalog.getViewerPreferences().displayDocTitle()).as("shows the title, not the file name").isTrue();
			PDMetadata metadata = catalog.getMetadata();
			assertThat(metadata).as("XMP metadata").isNotNull();
			String xmp = new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(xmp).as("PDF/UA-1 identification").containsPattern("pdfuaid:part(>|=\")1");
			Set<String> found = new LinkedHashSet<>();
			collect(catalog.getStructureTreeRoot(), found);
			assertThat(found).as("structure elements").contains(elements);
			for (PDPage page : doc.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void collect(PDStructureNode node, Set<String> found) {
		List<Object> kids = new ArrayList<>(node.getKids());
		for (Object kid : kids) {
			if (kid instanceof PDStructureElement element) {
				found.add(element.getStructureType());
				collect(element, found);
			}
		}
	}
}
