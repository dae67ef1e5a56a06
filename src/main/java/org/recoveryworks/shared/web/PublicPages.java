package org.recoveryworks.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public pages that search engines and shared links show: each says what it is in its own meta description
 * ({@code meta.description.*}; a posting's names the job, the employer and the town). Every other page has the site's.
 */
@Configuration
public class PublicPages implements WebMvcConfigurer {

	/** Route pattern: the key of its description. */
	static final Map<String, String> DESCRIPTIONS = Map.of("/", "meta.description.home", "/jobs", "meta.description.search",
			"/jobs/{id}", "meta.description.posting", "/programs", "meta.description.finder", "/programs/{id}",
			"meta.description.program", "/login", "meta.description.login", "/statistics", "meta.description.statistics");

	/** The public pages that may be kept in a browser's back-and-forward cache (revalidated, not stored only in memory). */
	public static boolean isPublicPage(String pattern) {
		return pattern != null && DESCRIPTIONS.containsKey(pattern);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
				Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
				if (view != null && pattern instanceof String p && DESCRIPTIONS.containsKey(p)) {
					view.addObject("metaDescriptionKey", DESCRIPTIONS.get(p));
				}
			}
		});
	}
}
