package org.recoveryworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

	@Test
	void turnsDashedLinesIntoListsAndOtherLinesIntoParagraphs() {
		List<Paragraphs.Block> blocks = new Paragraphs().of("Intro line.\n- first duty\n- second duty\n\nClosing line.");
		assertThat(blocks).containsExactly(new Paragraphs.Block(false, List.of("Intro line.")),
				new Paragraphs.Block(true, List.of("first duty", "second duty")),
				new Paragraphs.Block(false, List.of("Closing line.")));
	}

	@Test
	void emptyTextHasNoBlocks() {
		assertThat(new Paragraphs().of("  ")).isEmpty();
		assertThat(new Paragraphs().of(null)).isEmpty();
	}
}
