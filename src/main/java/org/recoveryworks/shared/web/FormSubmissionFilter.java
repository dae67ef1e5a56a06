package org.recoveryworks.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.recoveryworks.shared.FormSubmissions;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * Sends every form and API call with a one-time token through {@link FormSubmissions}: the first request with a
 * token runs and its answer is kept; the same token sent again (a double click, a resend, an API retry) is
 * answered with the kept answer and runs nothing. Pages keep a redirect (post, redirect, get); the API keeps a
 * successful answer whole. An answer that did not do the work (a form with errors, a refusal) gives the token
 * back. Runs after security, so a token is claimed only by someone let through, and only for them.
 */
@Component
class FormSubmissionFilter extends OncePerRequestFilter {

	/** How long a second request waits for the first one's answer before it is told to try again. */
	private static final Duration WAIT = Duration.ofSeconds(20);

	private final FormSubmissions submissions;
	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	FormSubmissionFilter(FormSubmissions submissions) {
		this.submissions = submissions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean api = UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith("/api/");
		String token = api ? request.getHeader(FormSubmissions.HEADER) : formToken(request);
		if (!FormSubmissions.wellFormed(token)) {
			chain.doFilter(request, response);
			return;
		}
		FormSubmissions.Claim claim = submissions.claim(token, actor(), WAIT);
		if (claim instanceof FormSubmissions.Answered answered) {
			replay(answered.answer(), api, request, response);
			return;
		}
		if (!(claim instanceof FormSubmissions.Claimed)) {
			// Still being saved by the first request, or someone else's token: nothing is done twice.
			refuse(api, response, claim instanceof FormSubmissions.Busy);
			return;
		}
		boolean kept = false;
		HttpServletResponse answer = api ? new ContentCachingResponseWrapper(response) : response;
		try {
			chain.doFilter(request, answer);
			int status = answer.getStatus();
			String location = answer.getHeader("Location");
			if (api ? status >= 200 && status < 300 : status >= 300 && status < 400 && location != null) {
				String body = api ? new String(((ContentCachingResponseWrapper) answer).getContentAsByteArray(), StandardCharsets.UTF_8) : null;
				if (body == null || body.length() <= 100_000) {
					submissions.keep(token, new FormSubmissions.Answer(status, location, answer.getHeader("ETag"), answer.getContentType(), body));
					kept = true;
				}
			}
		}
		finally {
			if (!kept) {
				submissions.release(token);
			}
			if (api) {
				((ContentCachingResponseWrapper) answer).copyBodyToResponse();
			}
		}
	}

	/** The token of a form: one value only (two would be a page that was put together wrong). */
	private static String formToken(HttpServletRequest request) {
		String[] values = request.getParameterValues(FormSubmissions.FIELD);
		return values != null && values.length == 1 ? values[0] : null;
	}

	private static String actor() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return who == null || who instanceof AnonymousAuthenticationToken || who.getName() == null ? "anonymous" : who.getName();
	}

	private void replay(FormSubmissions.Answer kept, boolean api, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader("Idempotent-Replayed", "true");
		if (api) {
			response.setStatus(kept.status());
			if (kept.location() != null) {
				response.setHeader("Location", kept.location());
			}
			if (kept.etag() != null) {
				response.setHeader("ETag", kept.etag());
			}
			if (kept.contentType() != null) {
				response.setContentType(kept.contentType());
			}
			if (kept.body() != null) {
				response.getOutputStream().write(kept.body().getBytes(StandardCharsets.UTF_8));
			}
			return;
		}
		FlashMap flash = new FlashMap();
		flash.put("flashKey", "form.alreadySent");
		flash.setTargetRequestPath(kept.location().replaceFirst("[?#].*$", ""));
		flashMaps.saveOutputFlashMap(flash, request, response);
		response.setStatus(kept.status());
		response.setHeader("Location", kept.location());
	}

	private static void refuse(boolean api, HttpServletResponse response, boolean busy) throws IOException {
		if (api) {
			ProblemResponses.write(response, HttpStatus.CONFLICT.value(), "Conflict",
					busy ? "A request with this Idempotency-Key is still running: try again in a moment."
							: "This Idempotency-Key was used for another request.");
			return;
		}
		if (busy) {
			response.setHeader("Retry-After", "5");
		}
		response.sendError(HttpStatus.CONFLICT.value());
	}
}
