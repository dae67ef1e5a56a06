package org.recoveryworks.shared.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The languages the site speaks (English and Spanish, as used in the United States) and which one
 * a visitor reads: the one they chose with the switch on every page ({@code ?lang=es}, then
 * remembered in a cookie), else the first of their browser's languages the site has, else
 * English. A browser that asks only for a language the site does not have gets English, never a
 * page that claims a language it is not written in.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

	public static final Locale ENGLISH = Locale.forLanguageTag("en-US");

	public static final Locale SPANISH = Locale.forLanguageTag("es-US");

	/** Every language the site has, in the order the switch offers them. */
	public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

	static final String PARAMETER = "lang";

	static final String COOKIE = "lang";

	private static final String CHOSEN = Languages.class.getName() + ".chosen";

	/**
	 * Runs {@code compose} in another language (a mail to someone who reads another language than
	 * the person whose request sends it): texts and dates it takes from the bundles are in that
	 * language; the request's own language is back afterwards.
	 */
	public static void writeIn(Locale language, Runnable compose) {
		org.springframework.context.i18n.LocaleContext before = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
		org.springframework.context.i18n.LocaleContextHolder.setLocale(language);
		try {
			compose.run();
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(before);
		}
	}

	/** The language of the request being served, if it is one the site has, else English (a scheduled job's). */
	public static Locale current() {
		return supported(org.springframework.context.i18n.LocaleContextHolder.getLocale()).orElse(ENGLISH);
	}

	/**
	 * The site's language for a language as a person's record writes it in words ("Spanish",
	 * "español", "Spanish and English", "es"): the first the site has, if any.
	 */
	public static Optional<Locale> ofRecorded(String recorded) {
		if (recorded == null || recorded.isBlank()) {
			return Optional.empty();
		}
		String text = java.text.Normalizer.normalize(recorded, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT).strip();
		int spanish = firstOf(text, "spanish", "espanol", "castellano");
		int english = firstOf(text, "english", "ingles");
		if (spanish < 0 && english < 0) {
			return supported(Locale.forLanguageTag(text));
		}
		return Optional.of(english < 0 || (spanish >= 0 && spanish < english) ? SPANISH : ENGLISH);
	}

	private static int firstOf(String text, String... words) {
		int first = -1;
		for (String w : words) {
			int at = text.indexOf(w);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	/** The site's language for a language tag or code ("es", "es-MX", "en_GB"), if it has one. */
	public static Optional<Locale> supported(Locale asked) {
		if (asked == null) {
			return Optional.empty();
		}
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst();
	}

	@Bean
	LocaleResolver localeResolver(org.springframework.beans.factory.ObjectProvider<PreferredLanguages> preferences) {
		return new ChosenLanguage(preferences);
	}

	/** Where a signed-in person's own choice of language is kept (their account), for the switch to remember it there too. */
	public interface PreferredLanguages {

		/** The language the person signed in as {@code username} chose, if any. */
		Optional<Locale> of(String username);

		/** Keeps the language the person signed in as {@code username} just chose. */
		void choose(String username, Locale language);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	/** For templates ({@code @languageLinks}): the address of this page in another language. */
	@Bean
	LanguageLinks languageLinks() {
		return new LanguageLinks();
	}

	/** The links of the language switch. */
	public static class LanguageLinks {

		/** This page's address in the other language: Spanish when the page is in English, English when in Spanish. */
		public String toOther() {
			boolean spanish = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage().equals(SPANISH.getLanguage());
			return link(spanish ? ENGLISH.getLanguage() : SPANISH.getLanguage());
		}

		/** This page's address (path and query) with the language set to {@code code}. */
		public String link(String code) {
			if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
				return "/?" + PARAMETER + "=" + code;
			}
			HttpServletRequest request = attributes.getRequest();
			String path = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
			String query = path == null ? request.getQueryString() : null;
			if (path == null) {
				path = request.getRequestURI();
			}
			return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam(PARAMETER, code).build(true).toUriString();
		}
	}

	/**
	 * The visitor's language: chosen on this browser (cookie), else chosen in their account when
	 * signed in, else from the browser's languages, else English.
	 */
	static final class ChosenLanguage implements LocaleResolver {

		private static final String ACCOUNTS = ChosenLanguage.class.getName() + ".account";

		private final org.springframework.beans.factory.ObjectProvider<PreferredLanguages> preferences;

		ChosenLanguage(org.springframework.beans.factory.ObjectProvider<PreferredLanguages> preferences) {
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
				Optional<Locale> found = supported(asked);
				if (found.isPresent()) {
					return found.get();
				}
			}
			return ENGLISH;
		}

		/** The account's choice, looked up once a session (a session that signs in again is a new one). */
		private Locale fromAccount(HttpServletRequest request) {
			java.security.Principal user = request.getUserPrincipal();
			PreferredLanguages kept = preferences.getIfAvailable();
			if (user == null || kept == null) {
				return null;
			}
			jakarta.servlet.http.HttpSession session = request.getSession(false);
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
						Optional<Locale> chosen = supported(Locale.forLanguageTag(c.getValue()));
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
			Optional<Locale> chosen = supported(locale);
			if (chosen.isEmpty() || response == null) {
				return;
			}
			request.setAttribute(CHOSEN, chosen.get());
			java.security.Principal user = request.getUserPrincipal();
			PreferredLanguages kept = preferences.getIfAvailable();
			if (user != null && kept != null) {
				kept.choose(user.getName(), chosen.get());
				jakarta.servlet.http.HttpSession session = request.getSession(false);
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
}
