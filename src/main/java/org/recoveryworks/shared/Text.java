package org.recoveryworks.shared;

/** Small helpers for text people type into forms. */
public final class Text {

	private Text() {
	}

	/** The text without surrounding spaces, or null when nothing was typed. */
	public static String trimToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
