package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application (read from the handler mappings, so a new route is covered
 * without anyone remembering to), for anonymous visitors and every role: who the security rules
 * let through. Each route must be classified in {@link #RULES}; an unclassified route fails the
 * test. The per-record half (another program's, caseload's, employer's or person's records) is
 * {@link PerRecordAccessTest}.
 */
class AccessMatrixTest extends IntegrationTest {

	enum Who {
		ANONYMOUS, SEEKER, EMPLOYER, COACH, SUPERVISOR, ADMIN, PRIVACY_OFFICER
	}

	static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
	static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

	/** A classification: the routes it covers (method and path pattern) and who may reach them. */
	record Rule(String method, String pattern, Set<Who> allowed) {
	}

	static Rule rule(String method, String pattern, Who... allowed) {
		return new Rule(method, pattern, allowed.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.of(allowed[0], allowed));
	}

	static Rule rule(String method, String pattern, Set<Who> allowed) {
		return new Rule(method, pattern, allowed);
	}

	static final Set<Who> REPORT_READERS = EnumSet.of(Who.COACH, Who.SUPERVISOR, Who.ADMIN);
	static final Set<Who> KEEPERS = EnumSet.of(Who.SUPERVISOR, Who.ADMIN);

	/** The expected policy, first match wins. */
	static final List<Rule> RULES = List.of(
			// The JSON API: public job search; the rest with a personal API token of the right role.
			rule("GET", "/api/v1/jobs", EVERYONE),
			rule("GET", "/api/v1/jobs/*", EVERYONE),
			rule("*", "/api/v1/employer/**", Who.EMPLOYER),
			// Any signed-in token reaches the case-record API; each record answers "not found" unless it is the caller's to see.
			rule("*", "/api/v1/participants/**", SIGNED_IN),
			rule("*", "/api/v1/imports/**", KEEPERS),
			rule("*", "/api/v1/reports/**", REPORT_READERS),
			// Pages by role.
			rule("*", "/admin/**", Who.ADMIN),
			// A supervisor's own program's staff.
			rule("*", "/staff/**", Who.SUPERVISOR),
			rule("*", "/privacy/**", Who.PRIVACY_OFFICER),
			// Two-step sign-in settings of the people who must use it.
			rule("*", "/account/two-step/**", EnumSet.of(Who.COACH, Who.SUPERVISOR, Who.ADMIN, Who.PRIVACY_OFFICER)),
			rule("*", "/employer/**", Who.EMPLOYER),
			rule("*", "/my/**", Who.SEEKER),
			rule("*", "/jobs/*/apply", Who.SEEKER),
			rule("*", "/jobs/*/save", Who.SEEKER),
			// A job alert's unsubscribe link: no sign-in; its signature names the one alert it stops.
			rule("*", "/alerts/unsubscribe", EVERYONE),
			// The SMS provider's replies: checked by the provider's signature.
			rule("*", "/sms/inbound", EVERYONE),
			// Coaching pages check the role (staff) and the record (own caseload or program) in the controllers.
			rule("*", "/coach/**", SIGNED_IN),
			rule("*", "/reports/**", REPORT_READERS),
			rule("*", "/imports/**", KEEPERS),
			rule("*", "/programs/manage/**", KEEPERS),
			rule("*", "/credentials/types/**", KEEPERS),
			rule("*", "/credentials/verify/**", Who.SUPERVISOR),
			rule("*", "/credentials/applications/**", Who.EMPLOYER),
			rule("*", "/credentials/**", EnumSet.of(Who.SEEKER, Who.COACH, Who.SUPERVISOR)),
			// Public pages.
			rule("GET", "/", EVERYONE),
			rule("GET", "/jobs", EVERYONE),
			rule("GET", "/jobs/*", EVERYONE),
			rule("GET", "/programs", EVERYONE),
			rule("GET", "/programs/*", EVERYONE),
			rule("GET", "/statistics", EVERYONE),
			rule("GET", "/login", EVERYONE),
			// The second sign-in step: reached by anyone, it works only for a session whose password step passed.
			rule("*", "/login/code/**", EVERYONE),
			// Registration, its "check your e-mail" page, and the e-mailed link (/register/confirm), which works for whoever holds it, once.
			rule("GET", "/register/confirm", EVERYONE),
			rule("POST", "/register/confirm", EVERYONE),
			rule("*", "/register/**", EVERYONE),
			rule("*", "/password/**", EVERYONE),
			// An invitation link works for whoever holds it, once.
			rule("*", "/invitations/**", EVERYONE),
			rule("GET", "/home", EVERYONE),
			rule("GET", "/error", EVERYONE),
			// A calendar feed is reached by its secret token; a document by its owner or the employer, checked in the controller.
			rule("GET", "/calendar/*", EVERYONE),
			rule("GET", "/documents/*", EVERYONE),
			rule("GET", "/api-docs.html", EVERYONE),
			rule("GET", "/v3/api-docs/**", EVERYONE),
			rule("GET", "/v3/api-docs.yaml", EVERYONE));

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	/** The rule that classifies a route (a path, or a pattern whose variables are then taken as "1"), or null. */
	static Rule ruleFor(String method, String path) {
		String probe = path.replaceAll("\\{[^}]+}", "1");
		return RULES.stream()
			.filter(r -> (r.method().equals("*") || r.method().equals(method)) && PATHS.match(r.pattern(), probe))
			.findFirst().orElse(null);
	}

	/** Whether the rules let {@code who} reach the route. */
	static boolean allows(Who who, String method, String path) {
		Rule rule = ruleFor(method, path);
		return rule != null && rule.allowed().contains(who);
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	WebInvocationPrivilegeEvaluator evaluator;

	private static Authentication as(Who who) {
		if (who == Who.ANONYMOUS) {
			return new AnonymousAuthenticationToken("key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		}
		return UsernamePasswordAuthenticationToken.authenticated(who.name().toLowerCase() + "@example.org", null,
				AuthorityUtils.createAuthorityList("ROLE_" + who.name()));
	}

	@Test
	void everyRouteIsClassifiedAndTheSecurityRulesLetThroughExactlyWhoItSays() {
		Set<String> unclassified = new TreeSet<>();
		List<String> wrong = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(RequestMethod.GET)
					: info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods) {
					String path = pattern.replaceAll("\\{[^}]+}", "1");
					Rule rule = ruleFor(method.name(), path);
					if (rule == null) {
						unclassified.add(method + " " + pattern);
						continue;
					}
					for (Who who : Who.values()) {
						boolean allowed = evaluator.isAllowed("", path, method.name(), as(who));
						if (allowed != rule.allowed().contains(who)) {
							wrong.add(method + " " + pattern + ": " + who + (allowed ? " is let through" : " is refused"));
						}
					}
				}
			}
		});
		assertThat(unclassified).as("routes no rule of this test classifies").isEmpty();
		assertThat(wrong).as("routes where the security rules differ from this test").isEmpty();
	}
}
