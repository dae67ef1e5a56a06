package org.recoveryworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The USWDS style sheet is trimmed to the classes our pages use (scripts/refresh-uswds.sh). A template that starts
 * using a USWDS class the trimmed sheet lacks would show an unstyled page; this test names the class, and the script
 * run again brings its rules in.
 */
class UswdsClassesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SHEET = Path.of("src/main/resources/static/uswds/css/uswds.min.css");

	/** Class attributes, plain or computed (their quoted words are the class names). */
	private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("\\s(?:class|th:class|th:classappend)=\"([^\"]*)\"");

	/** USWDS's components and utilities, with an optional breakpoint ("tablet:grid-col-6"). */
	private static final Pattern USWDS_CLASS = Pattern.compile("(?<![\\w-])((?:mobile-lg:|tablet:|tablet-lg:|desktop:|desktop-lg:|widescreen:)?"
			+ "(?:usa-[a-z0-9_-]+|grid-(?:row|col|container|gap|offset)[a-z0-9-]*|(?:margin|padding)(?:-[xytblr])?-[a-z0-9-]+"
			+ "|(?:text|font|bg|border|display|flex|maxw|minw|width|height|radius|line-height|measure)-[a-z0-9-]+|add-list-reset))(?![\\w-])");

	/** USWDS classes that have no rules of their own (only the markup names them). */
	private static final Set<String> WITHOUT_RULES = Set.of("usa-footer--slim", "usa-nav-link", "usa-pagination__link-text",
			"usa-summary-box__body");

	@Test
	void everyUswdsClassATemplateUsesIsInTheTrimmedStyleSheet() throws IOException {
		String sheet = Files.readString(SHEET);
		Set<String> missing = new TreeSet<>();
		int classes = 0;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher attribute = CLASS_ATTRIBUTE.matcher(Files.readString(file));
				while (attribute.find()) {
					Matcher name = USWDS_CLASS.matcher(attribute.group(1));
					while (name.find()) {
						classes++;
						String selector = "." + name.group(1).replace(":", "\\:");
						if (!WITHOUT_RULES.contains(name.group(1)) && !Pattern.compile(Pattern.quote(selector) + "(?![\\w-])").matcher(sheet).find()) {
							missing.add(name.group(1) + " (" + TEMPLATES.relativize(file) + ")");
						}
					}
				}
			}
		}
		assertThat(classes).as("USWDS classes found in the templates").isGreaterThan(1000);
		assertThat(missing).as("USWDS classes not in the trimmed style sheet: run scripts/refresh-uswds.sh").isEmpty();
	}
}
