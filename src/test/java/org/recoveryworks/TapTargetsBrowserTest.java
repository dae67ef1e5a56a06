package org.recoveryworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a phone, everything a job seeker taps on their pages is at least 44 by 44 pixels: links, buttons, form fields,
 * the labels of check boxes and radio buttons, and the summaries that open a section. Links inside a sentence are
 * the exception WCAG makes (they are as tall as the line). Every other page keeps the 24-pixel minimum, which
 * axe-core checks on every page kind (the wcag22aa rules).
 */
class TapTargetsBrowserTest extends BrowserTest {

	/** A seeker's pages: before signing in, then signed in (jordan.demo, who has applications and a coach). */
	static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

	static {
		PAGES.put("", List.of("/", "/jobs?q=peer+support&zip=06702", "/jobs/{posting}", "/programs?where=06702", "/login", "/register",
				"/statistics", "/login/forgot"));
		PAGES.put("jordan.demo@example.org", List.of("/my/applications", "/jobs/{posting}/apply", "/my/coaching", "/credentials",
				"/my/data", "/my/profile", "/my/profile/edit", "/my/profile/experience/new", "/my/profile/resume", "/my/texts", "/my/saved", "/my/coaching/consents", "/my/coaching/jobs", "/my/coaching/plan/edit", "/account/two-step"));
	}

	/** What a finger taps, and how big it is; a link inside a sentence is left out. */
	static final String TOO_SMALL = """
			() => {
			  const small = [];
			  const inSentence = a => { let block = a.parentElement;
			    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
			    return block && block.textContent.replace(/\\s+/g, ' ').trim().length > a.textContent.replace(/\\s+/g, ' ').trim().length + 1; };
			  for (const e of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, label.usa-checkbox__label, label.usa-radio__label')) {
			    if (!e.checkVisibility({ visibilityProperty: true })) continue;
			    const r = e.getBoundingClientRect();
			    if (r.width === 0 || r.right <= 0 || r.bottom <= 0 || r.left >= window.innerWidth) continue;
			    if ((e.matches('input[type=checkbox], input[type=radio]')) && e.labels && e.labels.length) continue;
			    if (e.matches('input[type=file]') && e.closest('.usa-file-input')) continue;
			    if (e.tagName === 'A' && inSentence(e)) continue;
			    if (r.width < 43.5 || r.height < 43.5) {
			      small.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || e.name || '').replace(/\\s+/g, ' ').trim().slice(0, 40)
			        + '" ' + Math.round(r.width) + 'x' + Math.round(r.height));
			    }
			  }
			  return small;
			}""";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everythingASeekerTapsOnAPhoneIsAtLeast44PixelsSquare() {
		String posting = String.valueOf(jdbc.queryForObject(
				"select min(id) from posting where status = 'PUBLISHED' and title = 'Peer Bridger'", Long.class));
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, List<String>> who : PAGES.entrySet()) {
			Page page = visitor(true);
			if (!who.getKey().isEmpty()) {
				signIn(page, who.getKey(), JobBankJourneyBrowserTest.DEMO_PASSWORD);
			}
			for (String path : who.getValue()) {
				page.navigate(path.replace("{posting}", posting));
				@SuppressWarnings("unchecked")
				List<String> small = (List<String>) page.evaluate(TOO_SMALL);
				small.forEach(s -> problems.add(path + ": " + s));
				// With the menu open too: its links are taps as well.
				if (page.locator(".usa-menu-btn").isVisible()) {
					page.locator(".usa-menu-btn").click();
					@SuppressWarnings("unchecked")
					List<String> inMenu = (List<String>) page.evaluate(TOO_SMALL);
					inMenu.stream().filter(s -> !small.contains(s)).forEach(s -> problems.add(path + " (menu open): " + s));
				}
			}
		}
		assertThat(problems).as("tap targets under 44 by 44 pixels on a seeker's pages").isEmpty();
	}
}
