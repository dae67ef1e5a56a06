package org.recoveryworks.shared.web;

import java.security.Principal;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The visitor's language: chosen on this browser (cookie), else chosen in their account when
 * signed in, else from the browser's languages, else English.
 */
final class ChosenLanguage implements LocaleResolver {

	/** The cookie that remembers the switch. */
	static final String COOKIE = "lang";

	/** The language chosen by this very request (the switch), before its cookie comes back. */
	private static final String CHOSEN = ChosenLanguage.class.getName() + ".chosen";

	private static final String ACCOUNTS = ChosenLanguage.class.getName() + ".account";

	private final ObjectProvider<Languages.PreferredLanguages> preferences;

	ChosenLanguage(ObjectProvider<Languages.PreferredLanguages> preferences) {
		this.preferences = preferences;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
			return chosen;
		}
		Locale cookie = fromCookie(request);
		if (cookie != null) {
			return cookie;
		}
		Locale account = fromAccount(request);
		if (account != null) {
			return account;
		}
		for (Locale asked : Collections.list(request.getLocales())) {
			Optional<Locale> found = Languages.supported(asked);
			if (found.isPresent()) {
				return found.get();
			}
		}
		return Languages.ENGLISH;
	}

	/** The account's choice, looked up once a session (a session that signs in again is a new one). */
	private Locale fromAccount(HttpServletRequest request) {
		Principal user = request.getUserPrincipal();
		Languages.PreferredLanguages kept = preferences.getIfAvailable();
		if (user == null || kept == null) {
			return null;
		}
		HttpSession session = request.getSession(false);
		String cacheKey = ACCOUNTS + ":" + user.getName();
		if (session != null && session.getAttribute(cacheKey) instanceof Locale cached) {
			return cached;
		}
		// Without a session (an API token), once a request: a page asks for its language many times.
		if (request.getAttribute(cacheKey) instanceof Optional<?> looked) {
			return (Locale) looked.orElse(null);
		}
		Locale found = kept.of(user.getName()).flatMap(Languages::supported).orElse(null);
		request.setAttribute(cacheKey, Optional.ofNullable(found));
		if (session != null && found != null) {
			session.setAttribute(cacheKey, found);
		}
		return found;
	}

	private static Locale fromCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie c : cookies) {
				if (COOKIE.equals(c.getName())) {
					Optional<Locale> chosen = Languages.ofCode(c.getValue());
					if (chosen.isPresent()) {
						return chosen.get();
					}
				}
			}
		}
		return null;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Optional<Locale> chosen = Languages.supported(locale);
		if (chosen.isEmpty() || response == null) {
			return;
		}
		request.setAttribute(CHOSEN, chosen.get());
		Principal user = request.getUserPrincipal();
		Languages.PreferredLanguages kept = preferences.getIfAvailable();
		if (user != null && kept != null) {
			kept.choose(user.getName(), chosen.get());
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.setAttribute(ACCOUNTS + ":" + user.getName(), chosen.get());
			}
		}
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, chosen.get().getLanguage())
			.path("/")
			.maxAge(Duration.ofDays(365))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build()
			.toString());
	}
}
