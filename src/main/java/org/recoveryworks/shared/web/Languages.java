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

	/** The site's language for a language tag or code ("es", "es-MX", "en_GB"), if it has one. */
	public static Optional<Locale> supported(Locale asked) {
		if (asked == null) {
			return Optional.empty();
		}
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst();
	}

	@Bean
	LocaleResolver localeResolver() {
		return new ChosenLanguage();
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

	/** The visitor's language: chosen (cookie), else from the browser, else English. */
	static final class ChosenLanguage implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
				return chosen;
			}
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
			for (Locale asked : Collections.list(request.getLocales())) {
				Optional<Locale> found = supported(asked);
				if (found.isPresent()) {
					return found.get();
				}
			}
			return ENGLISH;
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			Optional<Locale> chosen = supported(locale);
			if (chosen.isEmpty() || response == null) {
				return;
			}
			request.setAttribute(CHOSEN, chosen.get());
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
