package org.recoveryworks.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date in the years 1900 to 2100 (or none). Java parses years far beyond what a database
 * column holds or date arithmetic survives; a typo like 20255 must be an error message, not a 500.
 */
@Documented
@Constraint(validatedBy = ReasonableDate.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface ReasonableDate {

	String message() default "{date.outOfRange}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The first and last years accepted. */
	int FIRST_YEAR = 1900;
	int LAST_YEAR = 2100;

	/** The check. */
	class Check implements ConstraintValidator<ReasonableDate, LocalDate> {

		public static boolean accepts(LocalDate date) {
			return date == null || (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR);
		}

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return accepts(value);
		}
	}
}
