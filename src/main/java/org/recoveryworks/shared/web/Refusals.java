package org.recoveryworks.shared.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.recoveryworks.shared.RuleViolation;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page shows an operation the rules refused ({@link RuleViolation}, a
 * {@code StateConflict} included): on a form, as the error next to its field (or above the form);
 * for a button, as the error message on the page it returns to. A controller binds, calls one
 * operation through here, and renders; it writes no catch block of its own.
 */
public final class Refusals {

	/** The flash attribute the layout shows as an error message. */
	public static final String ERROR_KEY = "errorKey";

	/** The flash attribute the layout shows as a confirmation. */
	public static final String DONE_KEY = "flashKey";

	private Refusals() {
	}

	/**
	 * Runs an operation on a bound form: not at all when the form already has errors; a refusal
	 * becomes the form's error. Empty when it did not run or was refused, else what it returned.
	 */
	public static <T> Optional<T> attempt(Errors errors, Supplier<T> operation) {
		return attempt(errors, operation, null);
	}

	/**
	 * As {@link #attempt(Errors, Supplier)}, for an edit: when someone else saved the record first,
	 * {@code onEditConflict} shows both versions (see {@link EditConflict}) and nothing is saved.
	 */
	public static <T> Optional<T> attempt(Errors errors, Supplier<T> operation, Runnable onEditConflict) {
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(operation.get());
		}
		catch (RuleViolation refused) {
			refused.rejectIn(errors);
			return Optional.empty();
		}
		catch (ObjectOptimisticLockingFailureException conflict) {
			if (onEditConflict == null) {
				throw conflict;
			}
			onEditConflict.run();
			return Optional.empty();
		}
	}

	/** As {@link #attempt(Errors, Supplier)} for an operation with no result: whether it ran and was not refused. */
	public static boolean run(Errors errors, Runnable operation) {
		return run(errors, operation, null);
	}

	/** As {@link #attempt(Errors, Supplier, Runnable)} for an operation with no result. */
	public static boolean run(Errors errors, Runnable operation, Runnable onEditConflict) {
		return attempt(errors, () -> {
			operation.run();
			return Boolean.TRUE;
		}, onEditConflict).isPresent();
	}

	/**
	 * Runs the operation of a button (no form to show errors in): a refusal becomes the error
	 * message on the page the redirect leads to. Whether it ran and was not refused.
	 */
	public static boolean flash(RedirectAttributes redirect, Runnable operation) {
		try {
			operation.run();
			return true;
		}
		catch (RuleViolation refused) {
			redirect.addFlashAttribute(ERROR_KEY, refused.messageKey());
			return false;
		}
	}

	/** As {@link #flash(RedirectAttributes, Runnable)}, with the confirmation ({@code doneKey}) shown when it ran. */
	public static boolean flash(RedirectAttributes redirect, String doneKey, Runnable operation) {
		boolean done = flash(redirect, operation);
		if (done) {
			redirect.addFlashAttribute(DONE_KEY, doneKey);
		}
		return done;
	}

	/** As {@link #flash(RedirectAttributes, String, Runnable)} for an operation with a result: empty when refused. */
	public static <T> Optional<T> flashResult(RedirectAttributes redirect, String doneKey, Supplier<T> operation) {
		try {
			T result = operation.get();
			redirect.addFlashAttribute(DONE_KEY, doneKey);
			return Optional.ofNullable(result);
		}
		catch (RuleViolation refused) {
			redirect.addFlashAttribute(ERROR_KEY, refused.messageKey());
			return Optional.empty();
		}
	}

	/**
	 * Runs an operation whose refusal the page shows in a place of its own (a single field outside a
	 * bound form, one row of a list): the refusal, or empty when it ran.
	 */
	public static Optional<RuleViolation> refusal(Runnable operation) {
		try {
			operation.run();
			return Optional.empty();
		}
		catch (RuleViolation refused) {
			return Optional.of(refused);
		}
	}
}
