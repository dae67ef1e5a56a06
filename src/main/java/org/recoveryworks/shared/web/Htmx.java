package org.recoveryworks.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx request detection: one controller method serves the page and its fragment. */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}
}
