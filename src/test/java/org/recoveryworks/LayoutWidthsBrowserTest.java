package org.recoveryworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * Every kind of page at 320, 390, 768, 1366 and 1920 pixels, for each kind of visitor: nothing wider than the screen
 * (no sideways scrolling), and on screens wide enough for the menu in one row, the menu in one row beside the site's
 * name.
 */
class LayoutWidthsBrowserTest extends BrowserTest {

	static final List<Integer> WIDTHS = List.of(320, 390, 768, 1366, 1920);

	/** Who, with which pages (the first of each is where they land after signing in). */
	static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

	static {
		PAGES.put("", List.of("/", "/jobs?q=peer+support&zip=06702", "/jobs/{posting}", "/programs?where=06702", "/login", "/register",
				"/statistics"));
		PAGES.put("jordan.demo@example.org", List.of("/my/applications", "/my/saved", "/my/profile", "/my/profile/edit", "/my/coaching", "/credentials", "/my/data"));
		PAGES.put("hiring@wcmhn.example.org", List.of("/employer/postings", "/employer/postings/new", "/employer/team"));
		PAGES.put("coach@recoveryworks.example.org", List.of("/coach", "/coach/participants/new", "/coach/trainings", "/reports/program-results",
				"/reports/quarterly"));
		PAGES.put("supervisor@recoveryworks.example.org", List.of("/coach", "/staff", "/imports"));
		PAGES.put("admin@recoveryworks.example.org", List.of("/admin/organizations", "/admin/programs", "/admin/setup",
				"/admin/search-words", "/credentials/types"));
		PAGES.put("privacy@recoveryworks.example.org", List.of("/privacy/audit", "/privacy/sequestered"));
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void noPageIsWiderThanTheScreenAndTheMenuKeepsToOneRow() {
		String posting = String.valueOf(jdbc.queryForObject(
				"select min(id) from posting where status = 'PUBLISHED' and title = 'Peer Bridger'", Long.class));
		List<String> problems = new ArrayList<>();
		int pages = 0;
		for (Map.Entry<String, List<String>> who : PAGES.entrySet()) {
			Page page = visitor(false);
			if (!who.getKey().isEmpty()) {
				signIn(page, who.getKey(), JobBankJourneyBrowserTest.DEMO_PASSWORD);
			}
			for (int width : WIDTHS) {
				page.setViewportSize(width, width < 768 ? 800 : 900);
				for (String path : who.getValue()) {
					page.navigate(path.replace("{posting}", posting));
					pages++;
					Object wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
					if (((Number) wide).intValue() > 0) {
						// The element that sticks out furthest, to say where to look.
						Object culprit = page.evaluate("""
								() => { let worst = null, right = window.innerWidth;
								        for (const e of document.querySelectorAll('body *')) {
								          const r = e.getBoundingClientRect().right;
								          if (r > right + 0.5) { right = r; worst = e; } }
								        return worst ? worst.tagName.toLowerCase() + (worst.id ? '#' + worst.id : '')
								          + (worst.className && worst.className.baseVal === undefined ? '.' + String(worst.className).trim().split(/\\s+/).join('.') : '')
								          : 'none'; }""");
						problems.add(width + " px " + (who.getKey().isEmpty() ? "visitor" : who.getKey()) + " " + path + ": "
								+ wide + " px wider than the screen (" + culprit + ")");
					}
					Object rows = page.evaluate("""
							() => { const items = [...document.querySelectorAll('.usa-nav__primary > li')]
							          .filter(li => li.offsetParent !== null);
							        const menu = document.querySelector('.usa-menu-btn');
							        if (menu && getComputedStyle(menu).display !== 'none') return 1;
							        const tops = new Set(items.map(li => Math.round(li.getBoundingClientRect().top)));
							        const logo = document.querySelector('.usa-logo').getBoundingClientRect();
							        const nav = document.querySelector('.usa-nav').getBoundingClientRect();
							        return logo.bottom > nav.bottom + 1 ? 99 : tops.size; }""");
					if (((Number) rows).intValue() != 1) {
						problems.add(width + " px " + (who.getKey().isEmpty() ? "visitor" : who.getKey()) + " " + path + ": the menu takes "
								+ rows + " rows, or the site's name falls below it");
					}
				}
			}
		}
		System.out.println("Layout widths: " + pages + " pages at " + WIDTHS + " px, " + problems.size() + " problems");
		assertThat(problems).as("pages wider than the screen, or menus in more than one row").isEmpty();
	}
}
