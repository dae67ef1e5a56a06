package org.recoveryworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Plain language where job seekers, participants and employers read: the English texts of their
 * pages and mail are at grade 8 or below on the Flesch-Kincaid scale, each text of ten words or
 * more and each page's texts together. (The Spanish texts are translations of these, written
 * plainly; the formula is for English.)
 */
class ReadingLevelTest {

	/** The message groups (key prefixes) of the pages and mail that job seekers, participants and employers read. */
	static final List<String> READERS_GROUPS = List.of("layout", "nav", "search", "posting", "apply", "board", "registration",
			"login", "reset", "my", "myData", "jobs", "error", "stage", "programs", "stats", "question", "plan", "consent", "consents",
			"mail", "employer", "profile", "team", "credentialShare");

	static final double GRADE = 8.0;

	/** Names read as one word: a long name is not a hard word (the product, the peer job titles, the state). */
	private static final Pattern NAMES = Pattern.compile(
			"RecoveryWorks|Recovery Support Specialist|Peer Support Specialist|Recovery Coach|Connecticut|\\{[^}]*}");

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");

	@Test
	void seekersParticipantsAndEmployersReadAtGradeEightOrBelow() throws IOException {
		Properties english = MessageBundlesTest.bundle("messages");
		List<String> tooHard = new ArrayList<>();
		Map<String, String> byGroup = new TreeMap<>();
		for (String group : READERS_GROUPS) {
			List<String> texts = english.stringPropertyNames().stream().filter(k -> k.equals(group) || k.startsWith(group + "."))
				.sorted().toList();
			Counts all = new Counts();
			for (String key : texts) {
				Counts one = Counts.of(english.getProperty(key));
				all.add(one);
				if (one.words >= 10 && one.grade() > GRADE) {
					tooHard.add(String.format(Locale.ROOT, "%s (grade %.1f): %s", key, one.grade(), english.getProperty(key)));
				}
			}
			if (all.words > 0) {
				byGroup.put(group, String.format(Locale.ROOT, "%.1f", all.grade()));
				if (all.grade() > GRADE) {
					tooHard.add(String.format(Locale.ROOT, "the %s texts together (grade %.1f)", group, all.grade()));
				}
			}
		}
		System.out.println("Reading level (Flesch-Kincaid grade) of the texts seekers, participants and employers read: " + byGroup);
		assertThat(tooHard).as("texts above grade %s", GRADE).isEmpty();
	}

	@Test
	void theFormulaGivesTheGradesItShould() {
		assertThat(Counts.of("The cat sat on the mat.").grade()).isLessThan(1);
		assertThat(Counts.of("Unemployment compensation eligibility determinations necessitate comprehensive documentation.").grade())
			.isGreaterThan(16);
	}

	/** Words, sentences and syllables of some text, for the Flesch-Kincaid grade. */
	static final class Counts {

		int words;
		int sentences;
		int syllables;

		static Counts of(String text) {
			Counts c = new Counts();
			String plain = NAMES.matcher(text.replace("\\n", " ")).replaceAll("it").replaceAll("<[^>]+>", " ");
			for (String sentence : plain.split("[.!?:;]+\\s*|\\n+")) {
				Matcher m = WORD.matcher(sentence);
				int words = 0;
				while (m.find()) {
					words++;
					c.syllables += syllables(m.group());
				}
				if (words > 0) {
					c.words += words;
					c.sentences++;
				}
			}
			return c;
		}

		void add(Counts other) {
			words += other.words;
			sentences += other.sentences;
			syllables += other.syllables;
		}

		double grade() {
			return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
		}

		/** The usual estimate: groups of vowels, less a silent ending. */
		static int syllables(String word) {
			String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
			if (w.length() <= 3) {
				return 1;
			}
			w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
			Matcher m = Pattern.compile("[aeiouy]{1,2}").matcher(w);
			int n = 0;
			while (m.find()) {
				n++;
			}
			return Math.max(1, n);
		}
	}
}
