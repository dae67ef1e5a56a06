package org.recoveryworks.shared.security;

import java.util.List;

/**
 * One module's {@link UrlRule}s, as a bean of that module: each module names the addresses it serves and who may reach
 * them, so the rules live next to the controllers they guard. Routes that no module's rule names are refused.
 */
@FunctionalInterface
public interface UrlRules {

	List<UrlRule> rules();
}
