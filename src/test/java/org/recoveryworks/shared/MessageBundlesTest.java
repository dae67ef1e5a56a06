package org.recoveryworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every text exists in English and in Spanish, with the same blanks to fill in, and each one can be filled in. */
class MessageBundlesTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

	/** A message bundle as the application reads it (UTF-8): {@code messages} or {@code messages_es}. */
	static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (Reader r = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties"),
				StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p;
	}

	@Test
	void everyKeyIsInBothLanguages() throws IOException {
		Set<String> english = bundle("messages").stringPropertyNames();
		Set<String> spanish = bundle("messages_es").stringPropertyNames();

		Set<String> notInSpanish = new TreeSet<>(english);
		notInSpanish.removeAll(spanish);
		Set<String> notInEnglish = new TreeSet<>(spanish);
		notInEnglish.removeAll(english);
		assertThat(notInSpanish).as("keys with no Spanish text").isEmpty();
		assertThat(notInEnglish).as("Spanish keys with no English text").isEmpty();
	}

	@Test
	void bothLanguagesFillInTheSameBlanksAndEachTextCanBeFilledIn() throws IOException {
		Properties english = bundle("messages");
		Properties spanish = bundle("messages_es");
		List<String> problems = new ArrayList<>();
		for (String key : new TreeSet<>(english.stringPropertyNames())) {
			String en = english.getProperty(key);
			String es = spanish.getProperty(key);
			if (es == null) {
				continue;
			}
			if (!arguments(en).equals(arguments(es))) {
				problems.add(key + ": English fills in " + arguments(en) + ", Spanish " + arguments(es));
			}
			if (es.isBlank() && !en.isBlank()) {
				problems.add(key + ": no Spanish text");
			}
			if (!arguments(en).isEmpty()) {
				Object[] sample = arguments(en).stream().map(i -> (Object) 7).toArray();
				for (var text : List.of(en, es)) {
					try {
						String filled = new MessageFormat(text, Locale.forLanguageTag("es-US")).format(sample);
						if (filled.contains("{")) {
							problems.add(key + ": a blank is not filled in (a quote left single?): " + filled);
						}
					}
					catch (IllegalArgumentException e) {
						problems.add(key + ": " + e.getMessage() + " in " + text);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static Set<Integer> arguments(String text) {
		Set<Integer> found = new TreeSet<>();
		Matcher m = ARGUMENT.matcher(text);
		while (m.find()) {
			found.add(Integer.valueOf(m.group(1)));
		}
		return found;
	}
}
