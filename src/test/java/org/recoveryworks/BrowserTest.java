package org.recoveryworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser tests: one Playwright and one Chromium for every browser test in the
 * JVM (started by the first, stopped when the JVM ends), a fresh browser context (cookies) per
 * user, closed after its class, and axe-core checks for WCAG 2.2 AA (2.0, 2.1 and 2.2 A and AA rules, the 24-pixel target size among them), run once for each kind of
 * page in each state it is shown in. Tagged "browser" so that CI can run them in a lane of their own
 * (they wait on Chromium more than they compute); {@code ./mvnw verify} runs them with the rest.
 */
@org.junit.jupiter.api.Tag("browser")
public abstract class BrowserTest extends IntegrationTest {

	private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

	private static Playwright playwright;

	protected static Browser browser;

	/** The browser contexts (one per visitor) this class opened, closed after it. */
	private static final List<BrowserContext> CONTEXTS = new java.util.ArrayList<>();

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void launchBrowser() {
		if (browser != null && browser.isConnected()) {
			return;
		}
		try {
			launch();
			Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::closeBrowser));
		}
		catch (RuntimeException e) {
			// CI installs Chromium and must run these tests; a developer's machine without a usable
			// browser skips them with the reason instead of failing the whole build.
			if (System.getenv("CI") != null) {
				throw e;
			}
			closeBrowser();
			Assumptions.abort("Browser tests skipped: no usable Chromium (install it with 'apt-get install chromium'). " + e.getMessage());
		}
	}

	private static void launch() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD",
				Files.exists(DEBIAN_CHROMIUM) ? "1" : "0")));
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--disable-quic", "--no-first-run", "--disable-extensions", "--mute-audio"));
		if (Files.exists(DEBIAN_CHROMIUM)) {
			options.setExecutablePath(DEBIAN_CHROMIUM);
		}
		browser = playwright.chromium().launch(options);
	}

	@AfterAll
	static void closeContexts() {
		synchronized (CONTEXTS) {
			CONTEXTS.forEach(BrowserContext::close);
			CONTEXTS.clear();
		}
	}

	private static synchronized void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	/** A new visitor with its own cookies, on a phone-sized screen unless told otherwise. */
	protected Page visitor(boolean phone) {
		Browser.NewContextOptions options = new Browser.NewContextOptions().setBaseURL("http://localhost:" + port);
		if (phone) {
			options.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true);
		}
		BrowserContext context = browser.newContext(options);
		synchronized (CONTEXTS) {
			CONTEXTS.add(context);
		}
		context.setDefaultTimeout(15_000);
		Page page = context.newPage();
		// Anything the Content-Security-Policy blocks (an inline script or handler, say) fails the next check.
		List<String> blocked = new java.util.concurrent.CopyOnWriteArrayList<>();
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy")) {
				blocked.add(m.text());
			}
		});
		BLOCKED.put(page, blocked);
		return page;
	}

	private static final Map<Page, List<String>> BLOCKED = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

	/** The kinds of page, each in a state, that axe-core found no violation on (in this JVM). */
	private static final java.util.Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	/**
	 * What makes a page a kind of its own for accessibility: its address with the record ids taken
	 * out, the screen's width, its heading, and what it shows besides its content (field errors,
	 * which alerts, an open dialog). Two visits with the same are the same markup with other data.
	 */
	private static String kindOf(Page page) {
		Object state = page.evaluate("""
				() => [document.querySelector('h1') ? document.querySelector('h1').textContent.trim() : '',
				       document.querySelectorAll('.usa-error-message, [aria-invalid=true]').length > 0,
				       [...document.querySelectorAll('.usa-alert')].map(a => a.className).sort().join(' '),
				       document.querySelectorAll('dialog[open], .usa-modal.is-visible').length > 0,
				       document.querySelectorAll('table').length > 0,
				       document.querySelectorAll('form').length].join('|')""");
		return java.net.URI.create(page.url()).getPath().replaceAll("/[0-9]+(?=/|$)", "/{id}").replaceAll("\\.[a-z]+$", "") + "|"
				+ (page.viewportSize() == null ? 0 : page.viewportSize().width) + "|" + state;
	}

	/**
	 * Fails with the list of WCAG 2.2 A/AA violations on the page as it is now, or when the page
	 * shows a message key that has no text ("??key??") or something the Content-Security-Policy
	 * blocked. axe-core runs once for each kind of page in each state ({@link #kindOf}): the same
	 * markup checked again with other data would find the same.
	 */
	protected static void assertAccessible(Page page) {
		assertThat(page.content()).as("missing message text on %s", page.url()).doesNotContain("??");
		assertThat(BLOCKED.getOrDefault(page, List.of())).as("blocked by the Content-Security-Policy on %s", page.url()).isEmpty();
		String kind = kindOf(page);
		if (CHECKED.contains(kind)) {
			return;
		}
		// Only violations are wanted: axe then skips the details of what passed. Legacy mode runs axe in the page
		// itself; the default opens a second page for every run to combine the results of frames, which these
		// pages do not have, and took three times as long.
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		AxeResults results = new AxeBuilder(page).options(options).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).setLegacyMode(true).analyze();
		String violations = results.getViolations().stream()
			.map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		assertThat(results.getViolations()).as("WCAG 2.2 AA violations on %s:%n%s", page.url(), violations).isEmpty();
		CHECKED.add(kind);
	}

	@org.springframework.beans.factory.annotation.Autowired
	private org.recoveryworks.shared.mail.DevMailbox devMailbox;

	private static final java.util.regex.Pattern REGISTRATION_LINK = java.util.regex.Pattern.compile("/register/confirm\\?token=[A-Za-z0-9_-]+");

	/** The link of the newest registration mail to the address (this test runs in the application's JVM, so it reads its mailbox). */
	protected String registrationLink(String email) {
		List<org.recoveryworks.shared.mail.DevMailbox.Message> mail = devMailbox.to(email);
		assertThat(mail).as("mail to %s", email).isNotEmpty();
		java.util.regex.Matcher link = REGISTRATION_LINK.matcher(mail.get(0).body());
		assertThat(link.find()).as("a registration link in %s", mail.get(0).body()).isTrue();
		return link.group();
	}

	/**
	 * After the registration form was sent: the "check your e-mail" page shows; the person opens the link
	 * e-mailed to them and presses "Finish registration", which signs them in.
	 */
	protected void finishRegistration(Page page, String email) {
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Check your e-mail");
		page.navigate(registrationLink(email));
		page.locator("#finish").click();
		page.waitForLoadState();
	}

	protected void signIn(Page page, String email, String password) {
		page.navigate("/login");
		page.locator("#username").fill(email);
		page.locator("#password").fill(password);
		page.locator("form.usa-form button[type=submit]").click();
		page.waitForLoadState();
		if (page.url().contains("/login/code/setup")) {
			// A staff account's first sign-in: add the key shown "to the app", and type its code.
			TestData.useKey(email, page.locator("#two-step-key").textContent().replace(" ", ""));
			page.locator("#code").fill(TestData.code(email, clock));
			page.locator("form.usa-form button[type=submit]").click();
			page.waitForLoadState();
		}
		else if (page.url().contains("/login/code")) {
			// Staff: the second step, with a code of the test accounts' key.
			page.locator("#code").fill(TestData.code(email, clock));
			page.locator("form.usa-form button[type=submit]").click();
			page.waitForLoadState();
		}
	}
}
