package org.recoveryworks.shared.web;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The autocomplete token for personal-data fields (WCAG 2.1 1.3.5), by form field name:
 * {@code ${@autocomplete.of('email')}}. Other fields get none.
 */
@Component("autocomplete")
public class Autocomplete {

	private static final Map<String, String> TOKENS = Map.ofEntries(Map.entry("email", "email"),
			Map.entry("password", "new-password"), Map.entry("displayName", "name"), Map.entry("fullName", "name"),
			Map.entry("phone", "tel"), Map.entry("zip", "postal-code"), Map.entry("street", "street-address"),
			Map.entry("town", "address-level2"), Map.entry("organizationName", "organization"), Map.entry("website", "url"));

	public String of(String field) {
		return TOKENS.get(field);
	}
}
