package org.recoveryworks.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.recoveryworks.shared.FormSubmissions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a one-time {@link FormSubmissions} token to every form a page sends with POST, the way Spring Security adds
 * the CSRF token: the templates' {@code th:action} asks the request data value processor for hidden fields, and
 * this wraps the one Spring Security provides. So no form can be forgotten, and each form shown gets its own.
 */
@Component
class SubmissionTokenFields implements BeanPostProcessor {

	private static final String METHOD = SubmissionTokenFields.class.getName() + ".method";

	private final ObjectProvider<FormSubmissions> submissions;

	SubmissionTokenFields(ObjectProvider<FormSubmissions> submissions) {
		this.submissions = submissions;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof RequestDataValueProcessor processor && "requestDataValueProcessor".equals(beanName)) {
			return new WithToken(processor, submissions);
		}
		return bean;
	}

	private record WithToken(RequestDataValueProcessor delegate, ObjectProvider<FormSubmissions> submissions)
			implements RequestDataValueProcessor {

		@Override
		public String processAction(HttpServletRequest request, String action, String method) {
			request.setAttribute(METHOD, method);
			return delegate.processAction(request, action, method);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
			return delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			Map<String, String> fields = new LinkedHashMap<>();
			Map<String, String> others = delegate.getExtraHiddenFields(request);
			if (others != null) {
				fields.putAll(others);
			}
			Object method = request.getAttribute(METHOD);
			if (method == null || !"GET".equalsIgnoreCase(method.toString())) {
				fields.put(FormSubmissions.FIELD, submissions.getObject().newToken());
			}
			return fields;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return delegate.processUrl(request, url);
		}
	}
}
