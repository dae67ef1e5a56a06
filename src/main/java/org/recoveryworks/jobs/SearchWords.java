package org.recoveryworks.jobs;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What a job seeker's words mean for the search: words that say nothing about the job ("jobs", "work", "near me") need
 * not be found in a posting, and the other words of a synonym group the words name ("peer support": "recovery coach",
 * "peer mentor" ...) are searched for too. The groups are data ({@link SynonymGroup}); each node reads them again a
 * minute after it last did, and at once after a change made on it.
 */
@Component
class SearchWords {

	/** Words that say nothing about the job, in English and Spanish: a posting need not contain them to be found. */
	static final Set<String> FILLER = Set.of("job", "jobs", "work", "works", "working", "position", "positions", "opening",
			"openings", "hiring", "near", "me", "nearby", "around", "area", "local", "any", "trabajo", "trabajos", "empleo",
			"empleos", "puesto", "puestos", "vacante", "vacantes", "cerca", "mi", "de", "del", "el", "la", "los", "las", "en", "para",
			"y", "o", "un", "una");

	private static final Duration FRESH_FOR = Duration.ofMinutes(1);

	/**
	 * The words to search for, the phrases of the groups they name (not already in the words), and whether one of those
	 * groups names peer work.
	 */
	record Meaning(String text, List<String> related, boolean peerRoles) {

		boolean hasText() {
			return !text.isEmpty();
		}

		boolean searches() {
			return hasText() || !related.isEmpty() || peerRoles;
		}
	}

	private record Group(List<List<String>> phrases, boolean peerRoles) {
	}

	private final SynonymGroupRepository groups;
	private final Clock clock;
	private volatile List<Group> cached;
	private volatile Instant readAt = Instant.MIN;

	SearchWords(SynonymGroupRepository groups, Clock clock) {
		this.groups = groups;
		this.clock = clock;
	}

	/** What the typed words mean; no words, or only filler, mean no text to search for. */
	Meaning meaning(String typed) {
		if (typed == null || typed.isBlank()) {
			return new Meaning("", List.of(), false);
		}
		List<String> words = words(typed);
		List<String> kept = words.stream().filter(w -> !FILLER.contains(w)).toList();
		Set<String> related = new LinkedHashSet<>();
		boolean peer = false;
		for (Group group : groups()) {
			// Phrases are found in the words as typed: "coach de recuperación" keeps its "de".
			if (group.phrases().stream().anyMatch(p -> contains(words, p))) {
				peer |= group.peerRoles();
				group.phrases().stream().filter(p -> !contains(words, p)).map(p -> String.join(" ", p)).forEach(related::add);
			}
		}
		return new Meaning(String.join(" ", kept), List.copyOf(related), peer);
	}

	/** Reads the groups again on the next search (after a change made on this node). */
	void forget() {
		readAt = Instant.MIN;
	}

	private List<Group> groups() {
		Instant now = Instant.now(clock);
		if (cached == null || readAt.plus(FRESH_FOR).isBefore(now)) {
			cached = read();
			readAt = now;
		}
		return cached;
	}

	private List<Group> read() {
		return groups.findAllByOrderByIdAsc().stream()
			.map(g -> new Group(g.phrases().stream().map(SearchWords::words).filter(p -> !p.isEmpty()).toList(), g.isPeerRoles()))
			.toList();
	}

	/** Whether the words hold the phrase, word for word (a plural matching its singular). */
	private static boolean contains(List<String> words, List<String> phrase) {
		if (phrase.isEmpty() || phrase.size() > words.size()) {
			return false;
		}
		for (int start = 0; start + phrase.size() <= words.size(); start++) {
			boolean all = true;
			for (int i = 0; i < phrase.size() && all; i++) {
				all = singular(words.get(start + i)).equals(singular(phrase.get(i)));
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	private static String singular(String word) {
		return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
	}

	/** Lower case, accents folded, split into words. */
	static List<String> words(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		return new ArrayList<>(Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList());
	}
}
