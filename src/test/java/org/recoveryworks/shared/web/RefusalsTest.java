package org.recoveryworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.StateConflict;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class RefusalsTest {

	/** A form with one field, as a page binds it. */
	static class Form {
		private String name;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}
	}

	private final BindingResult result = new BeanPropertyBindingResult(new Form(), "form");

	@Test
	void aFormWithErrorsDoesNotRunTheOperation() {
		result.rejectValue("name", "name.required");
		AtomicInteger runs = new AtomicInteger();

		assertThat(Refusals.attempt(result, runs::incrementAndGet)).isEmpty();
		assertThat(Refusals.run(result, runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(0);
	}

	@Test
	void aRefusalWithAFieldShowsNextToThatField() {
		assertThat(Refusals.attempt(result, () -> {
			throw new RuleViolation("name", "name.taken", "That name is taken.", "Acme");
		})).isEmpty();

		assertThat(result.getFieldError("name").getCode()).isEqualTo("name.taken");
		assertThat(result.getFieldError("name").getArguments()).containsExactly("Acme");
		assertThat(result.getGlobalErrorCount()).isZero();
	}

	@Test
	void aRefusedMoveShowsAboveTheForm() {
		assertThat(Refusals.run(result, () -> {
			throw new StateConflict("posting.closed", "This posting is closed.");
		})).isFalse();

		assertThat(result.getGlobalError().getCode()).isEqualTo("posting.closed");
	}

	@Test
	void anOperationThatRunsGivesItsResult() {
		assertThat(Refusals.attempt(result, () -> 42L)).contains(42L);
		assertThat(Refusals.run(result, () -> { })).isTrue();
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void anEditConflictIsShownByTheEditPageAndOtherwiseNotSwallowed() {
		AtomicInteger shown = new AtomicInteger();
		Runnable savedFirst = () -> {
			throw new ObjectOptimisticLockingFailureException(Form.class, 1L);
		};

		assertThat(Refusals.run(result, savedFirst, shown::incrementAndGet)).isFalse();
		assertThat(shown).hasValue(1);
		assertThatThrownBy(() -> Refusals.run(result, savedFirst)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	@Test
	void aButtonShowsItsConfirmationOrWhyItWasRefused() {
		RedirectAttributesModelMap done = new RedirectAttributesModelMap();
		assertThat(Refusals.flash(done, "session.cancelled", () -> { })).isTrue();
		assertThat((java.util.Map<String, Object>) done.getFlashAttributes()).containsEntry("flashKey", "session.cancelled").doesNotContainKey("errorKey");

		RedirectAttributesModelMap refused = new RedirectAttributesModelMap();
		assertThat(Refusals.flash(refused, "session.cancelled", () -> {
			throw new StateConflict("session.alreadyCancelled", "Already cancelled.");
		})).isFalse();
		assertThat((java.util.Map<String, Object>) refused.getFlashAttributes()).containsEntry("errorKey", "session.alreadyCancelled").doesNotContainKey("flashKey");

		RedirectAttributesModelMap withResult = new RedirectAttributesModelMap();
		assertThat(Refusals.flashResult(withResult, "training.recorded", () -> 7L)).contains(7L);
		assertThat((java.util.Map<String, Object>) withResult.getFlashAttributes()).containsEntry("flashKey", "training.recorded");
	}

	@Test
	void otherFailuresAreNotTakenForRefusals() {
		assertThatThrownBy(() -> Refusals.run(result, () -> {
			throw new IllegalStateException("a bug");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(Refusals.refusal(() -> {
			throw new RuleViolation(null, "x", "x");
		})).get().extracting(RuleViolation::messageKey).isEqualTo("x");
		assertThat(Refusals.refusal(() -> { })).isEmpty();
	}
}
