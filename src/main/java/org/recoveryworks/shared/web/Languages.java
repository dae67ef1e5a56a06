package org.recoveryworks.shared.web;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
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

	/** The request parameter of the switch ({@code ?lang=es}). */
	static final String PARAMETER = "lang";

	/**
	 * Runs {@code compose} in another language (a mail to someone who reads another language than
	 * the person whose request sends it): texts and dates it takes from the bundles are in that
	 * language; the request's own language is back afterwards.
	 */
	public static void writeIn(Locale language, Runnable compose) {
		LocaleContext before = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(language);
		try {
			compose.run();
		}
		finally {
			LocaleContextHolder.setLocaleContext(before);
		}
	}

	/** The language of the request being served, if it is one the site has, else English (a scheduled job's). */
	public static Locale current() {
		return supported(LocaleContextHolder.getLocale()).orElse(ENGLISH);
	}

	/**
	 * The site's language for a language as a person's record writes it in words ("Spanish",
	 * "español", "Spanish and English", "es"): the first the site has, if any.
	 */
	public static Optional<Locale> ofRecorded(String recorded) {
		if (recorded == null || recorded.isBlank()) {
			return Optional.empty();
		}
		String text = Normalizer.normalize(recorded, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT).strip();
		int spanish = firstOf(text, "spanish", "espanol", "castellano");
		int english = firstOf(text, "english", "ingles");
		if (spanish < 0 && english < 0) {
			return ofCode(text);
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

	/** The site's language for a language code or tag as stored or sent ("es", "es-MX"), if it has one. */
	public static Optional<Locale> ofCode(String code) {
		return code == null ? Optional.empty() : supported(Locale.forLanguageTag(code));
	}

	/** The site's language for a language tag or code ("es", "es-MX", "en_GB"), if it has one. */
	public static Optional<Locale> supported(Locale asked) {
		if (asked == null) {
			return Optional.empty();
		}
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst();
	}

	@Bean
	LocaleResolver localeResolver(ObjectProvider<PreferredLanguages> preferences) {
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
			boolean spanish = LocaleContextHolder.getLocale().getLanguage().equals(SPANISH.getLanguage());
			return link(spanish ? ENGLISH.getLanguage() : SPANISH.getLanguage());
		}

		/** This page's address (path and query) with the language set to {@code code}. */
		public String link(String code) {
			if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
				return "/?" + PARAMETER + "=" + code;
			}
			HttpServletRequest request = attributes.getRequest();
			String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String query = path == null ? request.getQueryString() : null;
			if (path == null) {
				path = request.getRequestURI();
			}
			return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam(PARAMETER, code).build(true).toUriString();
		}
	}
}
