package org.recoveryworks.shared.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests per minute from one address on the public endpoints that attract abuse.
 *
 * @param signInPerMinute sign-in attempts (POST /login)
 * @param accountPerMinute registrations and password resets
 * @param applyPerMinute job applications sent
 * @param searchPerMinute job searches (the page and the API)
 * @param exemptAddresses client addresses never limited (for example a monitoring host)
 */
@ConfigurationProperties("recoveryworks.rate-limit")
record RateLimitSettings(@DefaultValue("10") int signInPerMinute, @DefaultValue("5") int accountPerMinute,
		@DefaultValue("10") int applyPerMinute, @DefaultValue("120") int searchPerMinute, @DefaultValue List<String> exemptAddresses) {
}
