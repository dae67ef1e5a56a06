package org.recoveryworks.shared.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The application's routes, read from the handler mappings (so a new controller method is seen without anyone listing
 * it), against the modules' {@link UrlRule}s: which route no rule names, and whether a request would reach a handler.
 */
@Component
public class Routes {

	/** A rule's single method and pattern, parsed. */
	public record Entry(String method, PathPattern pattern, UrlRule rule) {

		boolean matches(String requestMethod, PathContainer path) {
			return (method == null || method.equals(requestMethod)) && pattern.matches(path);
		}
	}

	private final RequestMappingHandlerMapping mappings;

	Routes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	/** Every rule's method and pattern, most specific pattern first (and, for the same pattern, a named method first). */
	public static List<Entry> ordered(List<UrlRule> rules) {
		List<Entry> entries = new ArrayList<>();
		for (UrlRule rule : rules) {
			for (String pattern : rule.patterns()) {
				entries.add(new Entry(rule.method(), PathPatternParser.defaultInstance.parse(pattern), rule));
			}
		}
		entries.sort(Comparator.comparing(Entry::pattern, PathPattern.SPECIFICITY_COMPARATOR)
			.thenComparing(e -> e.method() == null));
		return entries;
	}

	/** Every mapped route as "METHOD /pattern" (a mapping without a method is taken as GET). */
	public Set<String> all() {
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods(info)) {
					routes.add(method.name() + " " + pattern);
				}
			}
		});
		return routes;
	}

	/** The mapped routes that no rule names: each would be refused to everyone. */
	public Set<String> uncovered(List<UrlRule> rules) {
		List<Entry> entries = ordered(rules);
		Set<String> uncovered = new TreeSet<>();
		for (String route : all()) {
			String method = route.substring(0, route.indexOf(' '));
			PathContainer path = PathContainer.parsePath(route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1"));
			if (entries.stream().noneMatch(e -> e.matches(method, path))) {
				uncovered.add(route);
			}
		}
		return uncovered;
	}

	/**
	 * Whether a handler method maps the request's path and method. A request no rule names is refused when it does; when
	 * it does not (an unknown address, a method the address does not take) it goes on to the "not found" or "method not
	 * allowed" answer, which shows nothing.
	 */
	public boolean handles(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
		RequestMethod method = RequestMethod.resolve(request.getMethod());
		RequestMethod asked = method == RequestMethod.HEAD ? RequestMethod.GET : method;
		return asked != null && mapped().stream()
			.anyMatch(m -> (m.methods().isEmpty() || m.methods().contains(asked)) && m.patterns().stream().anyMatch(p -> p.matches(path)));
	}

	private record Mapped(Set<RequestMethod> methods, List<PathPattern> patterns) {
	}

	private volatile List<Mapped> mapped = List.of();
	private volatile int mappedFrom = -1;

	/** The mappings, parsed once (again when a mapping is added or removed at run time). */
	private List<Mapped> mapped() {
		var infos = mappings.getHandlerMethods().keySet();
		if (infos.size() != mappedFrom) {
			mapped = infos.stream().map(info -> new Mapped(Set.copyOf(info.getMethodsCondition().getMethods()),
					info.getPatternValues().stream().map(PathPatternParser.defaultInstance::parse).toList())).toList();
			mappedFrom = infos.size();
		}
		return mapped;
	}

	private static Set<RequestMethod> methods(RequestMappingInfo info) {
		return info.getMethodsCondition().getMethods().isEmpty() ? Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
	}
}
