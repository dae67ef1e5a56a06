package org.recoveryworks.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A link-following crawl with MockMvc, shared by the crawl tests: from some start pages, every same-site link
 * ({@code href}, {@code hx-get}, and paths in JSON answers) is fetched once, as one viewer, a few times per route at most
 * (so that a list of 300 postings costs three fetches, not 300). The JSON API is asked with the viewer's personal API
 * token, as a machine client would; pages with the viewer signed in.
 */
final class Crawler {

	/** Who is asking: a signed-in account (and its API token), or nobody. */
	record Viewer(String name, AccessMatrixTest.Who who, AccountUser user, String apiToken) {

		static Viewer anonymous() {
			return new Viewer("anonymous", AccessMatrixTest.Who.ANONYMOUS, null, null);
		}
	}

	/**
	 * One answer: the route is the one that answered ({@code handled}), else the one the URL names (refused before it,
	 * say); the text is the body, or a PDF's text.
	 */
	record Page(Viewer viewer, String url, String pattern, boolean handled, int status, String contentType, String text,
			String redirect, String error) {

		boolean ok() {
			return status >= 200 && status < 300 && error == null;
		}

		boolean html() {
			return contentType != null && contentType.startsWith("text/html");
		}

		boolean json() {
			return contentType != null && contentType.contains("json");
		}
	}

	/** Site-relative links in a page, and paths in a JSON answer. */
	private static final Pattern LINK = Pattern.compile("(?:href|hx-get)=\"([^\"]+)\"");
	private static final Pattern JSON_PATH = Pattern.compile("\"((?:/|http://localhost/)[^\"\\s]*)\"");

	private final MockMvc mvc;
	private final List<PathPattern> getPatterns;
	private final Map<String, List<String>> companions;

	/** Every answer, in order. */
	final List<Page> pages = new ArrayList<>();

	/**
	 * {@code companions}: for a page route, the API routes that answer for the same record (its path variables by name),
	 * so the API is asked about the records the viewer's pages show.
	 */
	Crawler(MockMvc mvc, RequestMappingHandlerMapping mappings, Map<String, List<String>> companions) {
		this.mvc = mvc;
		this.companions = companions;
		List<PathPattern> patterns = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
				info.getPatternValues().forEach(p -> patterns.add(PathPatternParser.defaultInstance.parse(p)));
			}
		});
		patterns.sort(PathPattern.SPECIFICITY_COMPARATOR);
		this.getPatterns = patterns;
	}

	/** Every GET route pattern of the application. */
	Set<String> getRoutes() {
		Set<String> all = new TreeSet<>();
		getPatterns.forEach(p -> all.add(p.getPatternString()));
		return all;
	}

	/** The GET route a path goes to (the most specific match), or null when none does (static files, say). */
	String patternOf(String url) {
		String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		PathContainer container = PathContainer.parsePath(path);
		return getPatterns.stream().filter(p -> p.matches(container)).findFirst().map(PathPattern::getPatternString).orElse(null);
	}

	static boolean hasVariables(String pattern) {
		return pattern.contains("{") || pattern.contains("*");
	}

	/**
	 * Crawls as the viewer from the start URLs, following links: a URL is fetched when {@code follow} lets it (the routes
	 * the viewer may reach, say) and its route was fetched fewer than {@code perRoute} times (start URLs always). Its
	 * pages, in the order fetched.
	 */
	List<Page> crawl(Viewer viewer, List<String> start, Predicate<String> follow, ToIntFunction<String> perRoute) {
		Deque<String> queue = new ArrayDeque<>(start);
		Set<String> seen = new LinkedHashSet<>(start);
		Set<String> starting = new HashSet<>(start);
		Map<String, Integer> fetchedPerRoute = new HashMap<>();
		List<Page> fetched = new ArrayList<>();
		while (!queue.isEmpty()) {
			String url = queue.poll();
			String pattern = patternOf(url);
			if (pattern == null || !follow.test(pattern)) {
				continue;
			}
			if (fetchedPerRoute.merge(pattern, 1, Integer::sum) > perRoute.applyAsInt(pattern) && !starting.contains(url)) {
				continue;
			}
			Page page = fetch(viewer, url);
			fetched.add(page);
			if (page.ok() && (page.html() || page.json())) {
				List<String> next = new ArrayList<>(links(page));
				next.addAll(companionsOf(page.url(), pattern));
				for (String link : next) {
					if (seen.add(link)) {
						queue.add(link);
					}
				}
			}
		}
		return fetched;
	}

	/** The API routes that answer for the record of a page. */
	private List<String> companionsOf(String url, String pattern) {
		List<String> urls = new ArrayList<>();
		if (companions.containsKey(pattern)) {
			String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
			Map<String, String> variables = PathPatternParser.defaultInstance.parse(pattern).matchAndExtract(PathContainer.parsePath(path))
				.getUriVariables();
			for (String api : companions.get(pattern)) {
				urls.add(org.springframework.web.util.UriComponentsBuilder.fromPath(api).buildAndExpand(variables).toUriString());
			}
		}
		return urls;
	}

	/** One GET as the viewer: the API with its token, pages signed in. */
	Page fetch(Viewer viewer, String url) {
		MockHttpServletRequestBuilder request = get(URI.create(url));
		boolean api = url.startsWith("/api/");
		if (viewer.user() != null) {
			request = api ? request.header("Authorization", "Bearer " + viewer.apiToken()) : request.with(user(viewer.user()));
		}
		String pattern = patternOf(url);
		Page page;
		try {
			MvcResult result = mvc.perform(request).andReturn();
			MockHttpServletResponse r = result.getResponse();
			Object matched = result.getRequest().getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			String type = r.getContentType();
			String text = type != null && type.startsWith("application/pdf") ? pdfText(r.getContentAsByteArray())
					: r.getContentAsString(StandardCharsets.UTF_8);
			page = new Page(viewer, url, matched == null ? pattern : matched.toString(), matched != null, r.getStatus(), type, text,
					r.getRedirectedUrl(), null);
		}
		catch (Exception e) {
			page = new Page(viewer, url, pattern, true, 500, null, "", null, e.toString());
		}
		pages.add(page);
		return page;
	}

	/** A PDF's text; an uploaded file that is no readable PDF as it is. */
	private static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			return new String(pdf, StandardCharsets.ISO_8859_1);
		}
	}

	/** The same-site links of a page (HTML) or the paths it names (JSON), without the language switch. */
	static Set<String> links(Page page) {
		Set<String> links = new LinkedHashSet<>();
		Matcher m = (page.html() ? LINK : JSON_PATH).matcher(page.text());
		while (m.find()) {
			String link = m.group(1).replace("&amp;", "&");
			if (link.startsWith("http://localhost/")) {
				link = link.substring("http://localhost".length());
			}
			if (link.startsWith("?")) {
				String base = page.url().contains("?") ? page.url().substring(0, page.url().indexOf('?')) : page.url();
				link = base + link;
			}
			if (!link.startsWith("/") || link.startsWith("//") || link.contains("{")) {
				continue;
			}
			int hash = link.indexOf('#');
			if (hash >= 0) {
				link = link.substring(0, hash);
			}
			link = link.replaceAll("([?&])lang=[a-z]+&?", "$1").replaceAll("[?&]$", "");
			if (!link.isEmpty()) {
				links.add(UriUtils.encodeQuery(UriUtils.decode(link, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
			}
		}
		return links;
	}

	/** The main part of a page (without the layout's navigation), or all of a non-HTML answer. */
	static String main(Page page) {
		if (!page.html()) {
			return page.text();
		}
		int start = page.text().indexOf("<main");
		int end = page.text().lastIndexOf("</main>");
		return start < 0 || end < start ? page.text() : page.text().substring(start, end);
	}
}
