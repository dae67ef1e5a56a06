package org.recoveryworks.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Splits plain text typed by people into paragraphs and bulleted lists, for templates
 * ({@code ${@paragraphs.of(text)}}): lines starting with "- ", "* " or "• " become list items.
 */
@Component("paragraphs")
public class Paragraphs {

	/** A paragraph (one item, not a list) or a bulleted list. */
	public record Block(boolean list, List<String> items) {
	}

	public List<Block> of(String text) {
		List<Block> blocks = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return blocks;
		}
		List<String> bullets = new ArrayList<>();
		for (String raw : text.split("\\r?\\n")) {
			String line = raw.strip();
			if (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ")) {
				bullets.add(line.substring(2).strip());
				continue;
			}
			if (!bullets.isEmpty()) {
				blocks.add(new Block(true, List.copyOf(bullets)));
				bullets.clear();
			}
			if (!line.isEmpty()) {
				blocks.add(new Block(false, List.of(line)));
			}
		}
		if (!bullets.isEmpty()) {
			blocks.add(new Block(true, List.copyOf(bullets)));
		}
		return blocks;
	}
}
