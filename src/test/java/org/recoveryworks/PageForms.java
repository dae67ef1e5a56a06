package org.recoveryworks;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A form as a person's browser sends it: taken from the page that shows it, with what the person types. */
public final class PageForms {

	private PageForms() {
	}

	/**
	 * The fields of the form on the page that sends to the action, as a browser would send them: what the page filled
	 * in, the first choice of each list, the boxes already ticked, and the values given for the rest. Several values of
	 * one field are joined by \u0001.
	 */
	public static Map<String, String> fields(MockMvc mvc, String page, String action, AccountUser who, Map<String, String> values) throws Exception {
		MockHttpServletRequestBuilder request = get(page);
		if (who != null) {
			request = request.with(user(who));
		}
		String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
		Document document = Jsoup.parse(html, "http://localhost");
		Element form = document.select("form[method=post]").stream().filter(f -> actionOf(f).equals(action)).findFirst().orElse(null);
		if (form == null) {
			return null;
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], select[name], textarea[name]")) {
			String name = input.attr("name");
			if (name.equals("_csrf")) {
				continue;
			}
			String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
			String value = switch (type) {
				case "checkbox", "radio" -> input.hasAttr("checked") ? input.attr("value") : null;
				case "select" -> {
					Element chosen = input.selectFirst("option[selected]");
					if (chosen == null) {
						chosen = input.select("option").stream().filter(o -> !o.attr("value").isEmpty()).findFirst().orElse(null);
					}
					yield chosen == null ? null : chosen.attr("value");
				}
				case "file", "submit", "button" -> null;
				case "textarea" -> input.text().isEmpty() ? null : input.text();
				default -> input.attr("value").isEmpty() ? null : input.attr("value");
			};
			if (value != null) {
				fields.merge(name, value, (a, b) -> a + "\u0001" + b);
			}
		}
		fields.putAll(values);
		return fields;
	}

	private static String actionOf(Element form) {
		String action = form.attr("action");
		return action.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
	}

	/** Sends the fields (several values of one field joined by \u0001) as the user, with the session's CSRF token. */
	public static MockHttpServletResponse send(MockMvc mvc, String action, Map<String, String> fields, AccountUser who) throws Exception {
		MockHttpServletRequestBuilder request = post(action).with(csrf());
		if (who != null) {
			request = request.with(user(who));
		}
		for (Map.Entry<String, String> field : fields.entrySet()) {
			for (String value : field.getValue().split("\u0001", -1)) {
				request = request.param(field.getKey(), value);
			}
		}
		return mvc.perform(request).andReturn().getResponse();
	}
}
