package org.recoveryworks.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.recoveryworks.shared.NotFoundException;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem details for every JSON API error, with field-level messages under "errors". */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private final MessageSource messages;
	private final org.springframework.context.ApplicationEventPublisher events;

	ApiProblemAdvice(MessageSource messages, org.springframework.context.ApplicationEventPublisher events) {
		this.messages = messages;
		this.events = events;
	}

	/**
	 * A parameter of the wrong type ("dryRun=maybe"): field-level, and without repeating the value
	 * sent (it may be anything, script included).
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.invalid.detail"));
		problem.setTitle(text("problem.invalid.title"));
		problem.setType(URI.create("urn:recoveryworks:problem:invalid-request"));
		String name = ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m ? m.getName()
				: ex.getPropertyName();
		Class<?> type = ex.getRequiredType();
		String expected = type == null ? "problem.typeMismatch.value"
				: type == Boolean.class || type == boolean.class ? "problem.typeMismatch.boolean"
				: Number.class.isAssignableFrom(type) || type == long.class || type == int.class ? "problem.typeMismatch.number"
				: java.time.temporal.Temporal.class.isAssignableFrom(type) ? "problem.typeMismatch.date" : "problem.typeMismatch.value";
		problem.setProperty("errors", Map.of(name == null ? "request" : name, text(expected)));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.invalid.detail"));
		problem.setTitle(text("problem.invalid.title"));
		problem.setType(URI.create("urn:recoveryworks:problem:invalid-request"));
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		ex.getBindingResult().getGlobalErrors()
			.forEach(e -> errors.putIfAbsent(e.getObjectName(), messages.getMessage(e, LocaleContextHolder.getLocale())));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("problem.notFound.detail"));
		problem.setTitle(text("problem.notFound.title"));
		problem.setType(URI.create("urn:recoveryworks:problem:not-found"));
		return problem;
	}

	/** A move the record does not allow from its state: 409, nothing changed. */
	@ExceptionHandler(org.recoveryworks.shared.StateConflict.class)
	ProblemDetail stateConflict(org.recoveryworks.shared.StateConflict ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.getMessage(), LocaleContextHolder.getLocale()));
		problem.setTitle(text("problem.refused.title"));
		problem.setType(URI.create("urn:recoveryworks:problem:" + ex.messageKey().replace('.', '-')));
		return problem;
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolation(RuleViolation ex) {
		String detail = messages.getMessage(ex.messageKey(), ex.arguments(), ex.getMessage(), LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
		problem.setTitle(text("problem.refused.title"));
		problem.setType(URI.create("urn:recoveryworks:problem:" + ex.messageKey().replace('.', '-')));
		if (ex.field() != null) {
			problem.setProperty("errors", Map.of(ex.field(), detail));
		}
		return problem;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail conflict() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("problem.conflict.detail"));
		problem.setTitle(text("problem.conflict.title"));
		problem.setType(URI.create("urn:recoveryworks:problem:edit-conflict"));
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(jakarta.servlet.http.HttpServletRequest request) {
		events.publishEvent(new RequestRefused(request.getMethod(), request.getRequestURI()));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("problem.forbidden.detail"));
		problem.setTitle(text("problem.forbidden.title"));
		return problem;
	}
}
