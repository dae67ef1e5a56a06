package org.recoveryworks.shared.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.BeanUtils;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Someone else saved a record while this person was editing it: what they typed and what is saved
 * now, field by field where the two differ, for the conflict box above the form
 * ({@code fragments/conflict}). The typed form is kept; saving it again replaces the other
 * version on purpose.
 */
public final class EditConflict {

	/** One field that differs: its label, the value typed here, the value saved by the other person. */
	public record Difference(String label, String yours, String saved) {
	}

	private static final Set<String> SKIPPED = Set.of("class", "version");

	private EditConflict() {
	}

	/**
	 * The fields of two forms of the same class that differ, labelled with the first message of
	 * {@code labelPrefixes + field} that exists (else the field's name).
	 */
	public static List<Difference> between(Object yours, Object saved, MessageSource messages, String... labelPrefixes) {
		List<Difference> differences = new ArrayList<>();
		for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(yours.getClass())) {
			if (d.getReadMethod() == null || d.getWriteMethod() == null || SKIPPED.contains(d.getName())) {
				continue;
			}
			Object typed = read(d, yours);
			Object kept = read(d, saved);
			if (!comparable(typed) || !comparable(kept)) {
				continue;
			}
			String a = text(typed);
			String b = text(kept);
			if (!Objects.equals(a, b)) {
				differences.add(new Difference(label(d.getName(), messages, labelPrefixes), a, b));
			}
		}
		return differences;
	}

	/**
	 * Shows the conflict above the form: the differences in the model as "conflict", and the typed
	 * form's version moved to the saved one's, so that saving again keeps what was typed on purpose.
	 */
	public static void show(org.springframework.ui.Model model, Object typed, Object saved, MessageSource messages,
			String... labelPrefixes) {
		model.addAttribute("conflict", between(typed, saved, messages, labelPrefixes));
		PropertyDescriptor version = BeanUtils.getPropertyDescriptor(typed.getClass(), "version");
		if (version != null && version.getWriteMethod() != null) {
			try {
				version.getWriteMethod().invoke(typed, read(version, saved));
			}
			catch (IllegalAccessException | InvocationTargetException e) {
				throw new IllegalStateException("The form's version could not be set", e);
			}
		}
	}

	private static Object read(PropertyDescriptor d, Object form) {
		try {
			return d.getReadMethod().invoke(form);
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			return null;
		}
	}

	/** Plain values and collections of them; nested forms (a posting's questions, say) are left out. */
	private static boolean comparable(Object value) {
		if (value instanceof Collection<?> c) {
			return c.stream().allMatch(EditConflict::comparable);
		}
		if (value instanceof java.util.Map<?, ?>) {
			return false;
		}
		return value == null || BeanUtils.isSimpleValueType(value.getClass()) || value instanceof Enum<?>;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> c) {
			return String.join(", ", c.stream().map(EditConflict::text).filter(s -> !s.isBlank()).sorted().toList());
		}
		if (value instanceof Enum<?> e) {
			return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		}
		return value.toString().trim();
	}

	private static String label(String field, MessageSource messages, String... prefixes) {
		Locale locale = LocaleContextHolder.getLocale();
		for (String prefix : prefixes) {
			String label = messages.getMessage(prefix + field, null, null, locale);
			if (label != null) {
				return label;
			}
		}
		return field;
	}
}
