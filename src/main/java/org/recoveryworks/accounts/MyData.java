package org.recoveryworks.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.shared.PersonalData;
import org.recoveryworks.shared.PersonalData.Person;
import org.recoveryworks.shared.PersonalData.Section;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.pdf.PdfPages;
import org.recoveryworks.shared.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job seeker's rights over their data: everything the system holds about them (JSON and PDF),
 * gathered from every module, and closing their account: personal data erased everywhere in one
 * transaction, what is left for statistics anonymous.
 */
@Service
class MyData {

	private final List<PersonalData> sources;
	private final UserAccountRepository users;
	private final PasswordResetTokenRepository resetTokens;
	private final ApiTokenRepository apiTokens;
	private final RecoveryCodeRepository recoveryCodes;
	private final PendingRegistrationRepository registrations;
	private final PasswordEncoder passwordEncoder;
	private final AuditTrail audit;
	private final Clock clock;
	private final MessageSource messages;
	private final PdfPages pdfPages;
	private final Dates dates;
	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	MyData(List<PersonalData> sources, UserAccountRepository users, PasswordResetTokenRepository resetTokens, ApiTokenRepository apiTokens,
			RecoveryCodeRepository recoveryCodes, PendingRegistrationRepository registrations, PasswordEncoder passwordEncoder, AuditTrail audit,
			Clock clock, MessageSource messages, PdfPages pdfPages, Dates dates) {
		this.sources = sources;
		this.pdfPages = pdfPages;
		this.dates = dates;
		this.messages = messages;
		this.users = users;
		this.resetTokens = resetTokens;
		this.apiTokens = apiTokens;
		this.recoveryCodes = recoveryCodes;
		this.registrations = registrations;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	/** Everything, section by section; the download is recorded in the audit trail. */
	@Transactional
	List<Section> export(AccountUser user) {
		UserAccount account = users.findById(user.id()).orElseThrow();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("E-mail", account.getEmail());
		details.put("Name", account.getDisplayName());
		details.put("Phone", account.getPhone());
		details.put("Account created", account.getCreatedAt().toString());
		List<Map<String, Object>> signIns = audit.signInsTo(user.id()).stream().map(e -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("When", e.at().toString());
			boolean signedIn = e.action() == AuditTrail.Action.SIGN_IN;
			item.put("What", label(signedIn ? "Signed in" : "Sign-in failed"));
			// A failed attempt may have come from someone else: their address is not this person's data.
			item.put("From", signedIn ? e.fromAddress() : null);
			return item;
		}).toList();
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("My account", List.of(details)));
		sections.add(new Section("Sign-ins to my account (newest 500)", signIns));
		Person person = new Person(user.id(), account.getEmail());
		sources.forEach(source -> sections.addAll(source.export(person)));
		audit.recordEvent(user.id(), user.role().name(), AuditTrail.Action.READ, "data download", user.id(), null);
		return inReadersLanguage(sections);
	}

	/**
	 * The sections with their names and labels in the reader's language. Each module writes its
	 * labels in English; the bundles hold each one under {@code export.} and the label in lower
	 * case with dashes ("Stage now": {@code export.stage-now}). What the person wrote or was sent
	 * stays as it is.
	 */
	private List<Section> inReadersLanguage(List<Section> sections) {
		return sections.stream().map(s -> new Section(label(s.title()), s.items().stream().map(this::labelled).toList())).toList();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> labelled(Map<String, Object> item) {
		Map<String, Object> out = new LinkedHashMap<>();
		item.forEach((label, value) -> out.put(label(label), labelledValue(value)));
		return out;
	}

	/** A map's labels, and those of the maps in a list (a profile's lines of work history), in the reader's language. */
	@SuppressWarnings("unchecked")
	private Object labelledValue(Object value) {
		if (value instanceof Map<?, ?> m) {
			return labelled((Map<String, Object>) m);
		}
		if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Map.class::isInstance)) {
			return list.stream().map(this::labelledValue).toList();
		}
		return value;
	}

	private String label(String english) {
		String key = "export." + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return messages.getMessage(key, null, english, LocaleContextHolder.getLocale());
	}

	byte[] json(List<Section> sections) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("about", label("Everything RecoveryWorks holds about you"));
		document.put("made", Instant.now(clock).toString());
		document.put("sections", sections);
		return json.writeValueAsBytes(document);
	}

	/**
	 * The same sections as a PDF page (accounts/pdf/my-data), each item's labels and values as a list of terms, for
	 * reading: times as the pages write them, yes and no in words (the JSON keeps them as data).
	 */
	byte[] pdf(List<Section> sections) {
		List<PdfSection> view = sections.stream()
			.map(section -> new PdfSection(section.title(), section.items().stream().map(this::entries).toList()))
			.toList();
		return pdfPages.render("accounts/pdf/my-data", Map.of("title", label("Everything RecoveryWorks holds about you"),
				"made", label("Made") + " " + dates.time(Instant.now(clock)), "nothing", label("Nothing."), "sections", view));
	}

	/** A section of the PDF: its items, each a list of labelled values. */
	record PdfSection(String title, List<List<Entry>> items) {
	}

	/** A label with its value written out, or with the labelled values it holds (text null). */
	record Entry(String label, String text, List<Entry> children) {
	}

	private List<Entry> entries(Map<?, ?> item) {
		List<Entry> entries = new ArrayList<>();
		item.forEach((label, value) -> entry(String.valueOf(label), value).ifPresent(entries::add));
		return entries;
	}

	private Optional<Entry> entry(String label, Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.isEmpty() ? Optional.empty() : Optional.of(new Entry(label, null, entries(map)));
		}
		if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				return Optional.empty();
			}
			List<Entry> children = new ArrayList<>();
			int n = 0;
			for (Object v : list) {
				n++;
				entry(String.valueOf(n), v).ifPresent(children::add);
			}
			return Optional.of(new Entry(label, null, children));
		}
		return value == null ? Optional.empty() : Optional.of(new Entry(label, readable(value), List.of()));
	}

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

	/** A value as a person reads it: a time written out, yes or no; a time at the start of a line ("2026-… Received") too. */
	private String readable(Object value) {
		if (value instanceof Boolean b) {
			return messages.getMessage(b ? "yes" : "no", null, LocaleContextHolder.getLocale());
		}
		String text = String.valueOf(value);
		Matcher time = INSTANT.matcher(text);
		if (time.lookingAt()) {
			try {
				return dates.time(Instant.parse(time.group())) + text.substring(time.end());
			}
			catch (java.time.format.DateTimeParseException e) {
				return text;
			}
		}
		return text;
	}

	/**
	 * Closes the account after checking the password: every module erases what it holds about the
	 * person, then the account itself is emptied. All in one transaction: nothing half-erased.
	 */
	@Transactional
	void close(AccountUser user, String password) {
		UserAccount account = users.findById(user.id()).orElseThrow();
		if (password == null || password.isEmpty() || !SecurityConfiguration.fitsPasswordHash(password)
				|| !passwordEncoder.matches(password, account.getPasswordHash())) {
			throw new RuleViolation("password", "myData.close.password", "That is not your password.");
		}
		Person person = new Person(user.id(), account.getEmail());
		sources.forEach(source -> source.erase(person));
		resetTokens.deleteAllOf(user.id());
		apiTokens.deleteAll(apiTokens.findByUserIdOrderByCreatedAtDesc(user.id()));
		recoveryCodes.deleteAllOf(user.id());
		// The used registration link still names the address until it expires.
		registrations.deleteAllOf(user.id());
		account.close(passwordEncoder.encode(Tokens.newSecret("closed-")), Instant.now(clock));
		audit.recordEvent(user.id(), user.role().name(), AuditTrail.Action.UPDATE, "account closed", user.id(), null);
	}
}
