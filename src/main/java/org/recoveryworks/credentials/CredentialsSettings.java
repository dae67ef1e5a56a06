package org.recoveryworks.credentials;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderDays how many days before a renewal is due the holder is e-mailed (each once)
 */
@ConfigurationProperties("recoveryworks.credentials")
record CredentialsSettings(@DefaultValue({ "60", "14" }) List<Integer> reminderDays) {
}
