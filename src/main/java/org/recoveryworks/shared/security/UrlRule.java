package org.recoveryworks.shared.security;

import java.util.List;
import java.util.Set;

/**
 * Who may reach the addresses a module serves: one method (or any, when {@code method} is null), the path patterns, and
 * either everyone, anyone signed in, or the holders of one of {@code roles}. A module declares its rules in a
 * {@link UrlRules} bean; the security chains apply every module's rules, most specific pattern first, and refuse any
 * request to a route that no rule names.
 */
public record UrlRule(String method, List<String> patterns, Who who, Set<String> roles) {

	/** Who a rule lets through. */
	public enum Who {
		EVERYONE, SIGNED_IN, ROLES
	}

	public UrlRule {
		patterns = List.copyOf(patterns);
		roles = Set.copyOf(roles);
		if (patterns.isEmpty() || (who == Who.ROLES) == roles.isEmpty()) {
			throw new IllegalArgumentException("A rule names its paths, and roles only when it is for roles: " + patterns + " " + roles);
		}
	}

	/** Anyone, signed in or not, with any method. */
	public static UrlRule everyone(String... patterns) {
		return new UrlRule(null, List.of(patterns), Who.EVERYONE, Set.of());
	}

	/** Anyone, signed in or not, reading (GET) only. */
	public static UrlRule everyoneReads(String... patterns) {
		return new UrlRule("GET", List.of(patterns), Who.EVERYONE, Set.of());
	}

	/** Any signed-in account; the handlers check each record. */
	public static UrlRule signedIn(String... patterns) {
		return new UrlRule(null, List.of(patterns), Who.SIGNED_IN, Set.of());
	}

	/** Accounts with one of the roles (names of {@code Role}, without a prefix). */
	public static UrlRule roles(Set<String> roles, String... patterns) {
		return new UrlRule(null, List.of(patterns), Who.ROLES, roles);
	}

	/** Accounts with the role. */
	public static UrlRule role(String role, String... patterns) {
		return roles(Set.of(role), patterns);
	}

	/** Whether the rule is for the JSON API's chain (stateless, token-authenticated) rather than the pages'. */
	public boolean api() {
		return patterns.get(0).startsWith("/api/");
	}
}
