package org.recoveryworks.jobs;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A synonym group as an administrator writes it: the words, one per line (or apart by commas). */
class SynonymGroupForm {

	static final int MOST_PHRASES = 40;

	static final int LONGEST_PHRASE = 60;

	private long version;

	@NotBlank(message = "{searchWords.phrases.required}")
	@Size(max = 2000, message = "{searchWords.phrases.size}")
	private String phrases;

	private boolean peerRoles;

	/** The words, each in lower case, once, in the order written. */
	List<String> phraseList() {
		if (phrases == null) {
			return List.of();
		}
		return List.copyOf(new LinkedHashSet<>(Arrays.stream(phrases.split("[,\\n\\r]+"))
			.map(p -> p.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT))
			.filter(p -> !p.isEmpty())
			.toList()));
	}

	@AssertTrue(message = "{searchWords.phrases.two}")
	public boolean isTwoOrMore() {
		return phrases == null || phrases.isBlank() || phraseList().size() >= 2;
	}

	@AssertTrue(message = "{searchWords.phrases.each}")
	public boolean isEachPlain() {
		List<String> list = phraseList();
		return list.size() <= MOST_PHRASES
				&& list.stream().allMatch(p -> p.length() <= LONGEST_PHRASE && p.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} '&/.-]*"));
	}

	static SynonymGroupForm of(SynonymGroup group) {
		SynonymGroupForm form = new SynonymGroupForm();
		form.phrases = String.join("\n", group.phrases());
		form.peerRoles = group.isPeerRoles();
		form.version = group.getVersion();
		return form;
	}

	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public String getPhrases() { return phrases; }
	public void setPhrases(String phrases) { this.phrases = phrases; }
	public boolean isPeerRoles() { return peerRoles; }
	public void setPeerRoles(boolean peerRoles) { this.peerRoles = peerRoles; }
}
