package org.recoveryworks.shared.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Replies to texts, as Twilio posts them: whether a post really comes from Twilio (its X-Twilio-Signature: HMAC-SHA1,
 * under the auth token, of the full address followed by each parameter's name and value in name order, in base64), and
 * whether a reply asks to stop (the carriers' stop words).
 */
@Component
public class InboundTexts {

	/** The replies that end all texts (US carriers' and Twilio's stop words). */
	static final Set<String> STOP_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT");

	private final SmsSettings settings;

	InboundTexts(SmsSettings settings) {
		this.settings = settings;
	}

	/** Whether the post is Twilio's: never without a provider configured. */
	public boolean genuine(String url, Map<String, String> parameters, String signature) {
		if (!settings.configured()) {
			return false;
		}
		return signature != null && MessageDigest.isEqual(sign(settings.twilio().authToken(), url, parameters).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	/** Whether replies come from a provider (else from the development outbox page). */
	public boolean live() {
		return settings.configured();
	}

	public static boolean asksToStop(String body) {
		return body != null && STOP_WORDS.contains(body.strip().toUpperCase(Locale.ROOT));
	}

	static String sign(String authToken, String url, Map<String, String> parameters) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(parameters).forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA1 is not available", e);
		}
	}
}
