package org.recoveryworks.shared.web;

/**
 * Published when an API request is refused inside the application (not by the URL rules), so the
 * refusal reaches the audit trail like the others.
 */
public record RequestRefused(String method, String path) {
}
