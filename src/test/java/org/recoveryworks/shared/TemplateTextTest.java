package org.recoveryworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No words on a page come from a template itself: every text a reader sees (element text and the
 * attributes a screen reader reads: alt, title, aria-label, placeholder) is taken from the message
 * bundles, so it exists in English and Spanish. A template's own text is only a placeholder that
 * the page replaces ({@code th:text} and the like), or has no letters (punctuation, numbers).
 */
class TemplateTextTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes whose presence on an element or an ancestor means its text is replaced when the page is made. */
	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove", "th:substituteby",
			"th:include", "th:errors");

	private static final Set<String> READ_ALOUD = Set.of("alt", "title", "aria-label", "placeholder");

	/** Inlined expressions ([[...]] and [(...)]) and the names of things that are the same in every language. */
	private static final Pattern NOT_WORDS = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|RecoveryWorks|USWDS|htmx|PDF|CSV|JSON|API|ICS");

	private static final Pattern LETTER = Pattern.compile("\\p{L}{2,}");

	@Test
	void everyWordOnAPageComesFromTheMessageBundles() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
				Document doc = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
				for (Element e : doc.getAllElements()) {
					if (e.tagName().equals("script") || e.tagName().equals("style") || replaced(e)) {
						continue;
					}
					for (TextNode t : e.textNodes()) {
						if (words(t.text())) {
							found.add(TEMPLATES.relativize(file) + ": <" + e.tagName() + "> \"" + t.text().strip() + "\"");
						}
					}
					for (String attribute : READ_ALOUD) {
						if (e.hasAttr(attribute) && !e.hasAttr("th:" + attribute) && !thAttr(e, attribute) && words(e.attr(attribute))) {
							found.add(TEMPLATES.relativize(file) + ": <" + e.tagName() + " " + attribute + "=\"" + e.attr(attribute) + "\">");
						}
					}
				}
			}
		}
		assertThat(found).as("template text not taken from the message bundles").isEmpty();
	}

	private static boolean replaced(Element e) {
		for (Element x = e; x != null; x = x.parent()) {
			for (String a : REPLACING) {
				if (x.hasAttr(a) && !(a.equals("th:remove") && Set.of("tag", "none").contains(x.attr(a)))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean thAttr(Element e, String attribute) {
		return e.hasAttr("th:attr") && e.attr("th:attr").contains(attribute + "=");
	}

	private static boolean words(String text) {
		return LETTER.matcher(NOT_WORDS.matcher(text).replaceAll(" ")).find();
	}
}
