package org.recoveryworks.shared.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests that reach no controller at all (an unknown address, a wrong method): problem details
 * under /api, the site's own error page elsewhere.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class NoHandlerAdvice {

	@ExceptionHandler(NoResourceFoundException.class)
	Object notFound(HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "Not found", "There is nothing at this address.", "error/404");
	}

	/** Form fields the application does not have (e.g. a row index out of range): refused, not a server error. */
	@ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
	Object unreadable(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "Bad request", "Some of the fields sent do not exist on this form.", "error/400");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
				"This address does not accept the " + request.getMethod() + " method.", "error/error");
	}

	/**
	 * The search engine cannot be reached (in cluster mode, OpenSearch is down or restarting): a short outage, not a
	 * server error. Writes do not need it (their index changes wait in the outbox), so only searches end here.
	 */
	@ExceptionHandler(org.hibernate.search.util.common.SearchException.class)
	Object searchUnavailable(org.hibernate.search.util.common.SearchException e, HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) throws org.hibernate.search.util.common.SearchException {
		if (!unreachable(e)) {
			throw e;
		}
		response.setHeader("Retry-After", "30");
		return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "Search unavailable",
				"Job search is down for a moment. Please try again in a minute.", "error/503");
	}

	/** The index is being built at start-up: say so, never "no jobs". */
	@ExceptionHandler(SearchIndexBuilding.class)
	Object searchIndexBuilding(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		response.setHeader("Retry-After", "30");
		Object answer = answer(request, HttpStatus.SERVICE_UNAVAILABLE, "Search is getting ready",
				"The job search is getting ready after a restart. Please try again in a minute.", "error/503");
		if (answer instanceof ModelAndView page) {
			page.addObject("building", true);
		}
		return answer;
	}

	private static boolean unreachable(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof java.io.IOException) {
				return true;
			}
		}
		return false;
	}

	private static Object answer(HttpServletRequest request, HttpStatus status, String title, String detail, String view) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(title);
			problem.setInstance(URI.create(request.getRequestURI()));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView(view);
		page.setStatus(status);
		return page;
	}
}
