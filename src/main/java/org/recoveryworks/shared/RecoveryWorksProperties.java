package org.recoveryworks.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code recoveryworks.*}.
 *
 * @param baseUrl public address used in e-mailed links
 * @param demoData load demo data into an empty database at start-up
 * @param uploadDir where résumés and cover letters are stored (outside the web root)
 * @param mailFrom sender address of outgoing mail
 * @param mailMode {@code dev-mailbox} keeps mail in a page only an admin can open; {@code smtp} sends it
 * @param passwordResetValidity how long a password reset link works
 */
@ConfigurationProperties("recoveryworks")
public record RecoveryWorksProperties(String baseUrl, boolean demoData, String uploadDir, String mailFrom,
		String mailMode, Duration passwordResetValidity) {

	public boolean smtp() {
		return "smtp".equalsIgnoreCase(mailMode);
	}
}
