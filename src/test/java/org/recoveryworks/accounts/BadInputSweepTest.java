package org.recoveryworks.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.beans.PropertyDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.jobs.JobBank;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every form and API endpoint that changes something (read from the handler mappings, so new ones
 * are covered without anyone remembering to), sent malformed, oversized, wrongly-typed and hostile
 * values by a user allowed to reach it, on real records: no 5xx, no reflected script, and when the
 * answer is a refusal or the form again, not a row more or less anywhere. Every form refuses a
 * request without its CSRF token.
 */
class BadInputSweepTest extends IntegrationTest {

	static final String SCRIPT = "<script>alert('rw')</script>";

	/** Each is sent in every field of every form at once. */
	static final List<String> HOSTILE = List.of(SCRIPT, "' OR '1'='1'; DROP TABLE user_account; --", "../../../../etc/passwd",
			"99999999999999999999999999999", "-1", "1e309", "2026-13-45", "\u0000\u0007", "x".repeat(20_000), "");

	/** Bodies for the JSON API. */
	static final List<String> JSON_BODIES = List.of("{", "[]", "null", "{\"title\":" + "1".repeat(400) + "}",
			"{\"title\":\"" + SCRIPT + "\",\"salaryMin\":\"many\",\"openDate\":\"yesterday\"}", "{\"questions\":[{\"type\":\"NOPE\"}]}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	JobBank jobBank;

	@Autowired
	JdbcTemplate jdbc;

	private final AtomicInteger address = new AtomicInteger();

	/** Real records for the path variables, and a user of each role who may open them. */
	private record World(Map<AccessMatrixTest.Who, AccountUser> users, Map<String, Long> ids) {
	}

	private World world() throws Exception {
		TestData.Program program = data.program();
		AccountUser employer = data.employer(true);
		AccountUser seeker = data.seeker();
		Map<AccessMatrixTest.Who, AccountUser> users = new LinkedHashMap<>();
		users.put(AccessMatrixTest.Who.SEEKER, seeker);
		users.put(AccessMatrixTest.Who.EMPLOYER, employer);
		users.put(AccessMatrixTest.Who.COACH, program.coach());
		users.put(AccessMatrixTest.Who.SUPERVISOR, program.supervisor());
		users.put(AccessMatrixTest.Who.ADMIN, accounts.createAdmin("sweep-admin" + TestData.next() + "@example.org", TestData.PASSWORD, "Sweep Admin"));
		users.put(AccessMatrixTest.Who.PRIVACY_OFFICER,
				accounts.createPrivacyOfficer("sweep-privacy" + TestData.next() + "@example.org", TestData.PASSWORD, "Sweep Officer"));
		Map<String, Long> ids = new LinkedHashMap<>();
		Long posting = jobBank.post(employer.organizationId(), data.posting("Sweep posting", List.of()), true).id();
		ids.put("postings", posting);
		ids.put("jobs", posting);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/jobs/{id}/apply", posting)
			.param("fullName", "Sweep Seeker").param("email", seeker.email()).with(user(seeker)).with(csrf()));
		ids.put("applications", jdbc.queryForObject("select max(id) from job_application where posting_id = ?", Long.class, posting));
		String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/coach/participants")
			.param("fullName", "Sweep Participant").param("town", "Middletown").param("enrolledOn", LocalDate.now(clock).toString())
			.param("employmentStatus", "UNEMPLOYED_LOOKING").param("benefits", "SSI").with(user(program.coach())).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		Long participant = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		ids.put("participants", participant);
		ids.put("sessions", jdbc.queryForObject("select coalesce(max(id), 1) from coaching_session", Long.class));
		ids.put("consents", jdbc.queryForObject("select coalesce(max(id), 1) from consent", Long.class));
		ids.put("organizations", employer.organizationId());
		return new World(users, ids);
	}

	/** The path with each variable replaced by the id of a real record of the kind the segment before it names. */
	private static String fill(String pattern, Map<String, Long> ids) {
		String[] parts = pattern.split("/");
		StringBuilder path = new StringBuilder();
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i];
			if (part.startsWith("{")) {
				String kind = i > 1 ? parts[i - 1] : "";
				part = String.valueOf(ids.getOrDefault(kind, 1L));
			}
			path.append('/').append(part);
		}
		return path.isEmpty() ? "/" : path.toString();
	}

	private Map<String, Long> counts() {
		return org.recoveryworks.DatabaseTables.counts(jdbc);
	}

	/** The request parameters a handler reads: its @RequestParam names and the properties of its form objects. */
	private static Set<String> fields(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter p : handler.getMethodParameters()) {
			p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			RequestParam param = p.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : p.getParameterName();
				if (name != null && !Map.class.isAssignableFrom(p.getParameterType())) {
					names.add(name);
				}
				continue;
			}
			Class<?> type = p.getParameterType();
			boolean form = p.hasParameterAnnotation(ModelAttribute.class) || (!BeanUtils.isSimpleProperty(type)
					&& !type.getName().startsWith("org.springframework") && !type.getName().startsWith("jakarta")
					&& !type.getName().startsWith("java") && !type.getName().startsWith("org.recoveryworks.accounts.AccountUser")
					&& !p.hasParameterAnnotation(RequestBody.class));
			if (form && !type.isInterface()) {
				for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(type)) {
					if (d.getWriteMethod() != null) {
						names.add(d.getName());
					}
				}
			}
		}
		return names;
	}

	private static boolean takesJson(HandlerMethod handler) {
		for (MethodParameter p : handler.getMethodParameters()) {
			if (p.hasParameterAnnotation(RequestBody.class)) {
				return true;
			}
		}
		return false;
	}

	private AccountUser userFor(String method, String path, World world) {
		AccessMatrixTest.Rule rule = java.util.Objects.requireNonNull(AccessMatrixTest.ruleFor(method, path));
		// The record's own people first: the coach for coaching pages, the employer for postings.
		for (AccessMatrixTest.Who who : List.of(AccessMatrixTest.Who.COACH, AccessMatrixTest.Who.SUPERVISOR, AccessMatrixTest.Who.EMPLOYER,
				AccessMatrixTest.Who.SEEKER, AccessMatrixTest.Who.ADMIN, AccessMatrixTest.Who.PRIVACY_OFFICER)) {
			if (rule.allowed().contains(who) && !(path.startsWith("/coach/") && who == AccessMatrixTest.Who.SEEKER)) {
				if (path.startsWith("/credentials/types") && who == AccessMatrixTest.Who.SUPERVISOR) {
					return world.users().get(AccessMatrixTest.Who.ADMIN);
				}
				return world.users().get(who);
			}
		}
		return null;
	}

	/** Not the account closing or sign-out of the sweep's own users, which would end the sweep's sessions. */
	private static boolean skipped(String pattern) {
		return pattern.equals("/logout") || pattern.equals("/my/account/close");
	}

	@Test
	void noFormOrEndpointAnswers5xxReflectsScriptOrHalfSaves() throws Exception {
		World world = world();
		List<String> problems = new ArrayList<>();
		Set<String> swept = new TreeSet<>();
		Set<String> fieldsSent = new TreeSet<>();
		for (Map.Entry<org.springframework.web.servlet.mvc.method.RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
			for (RequestMethod m : methods) {
				if (m == RequestMethod.GET || m == RequestMethod.HEAD || m == RequestMethod.OPTIONS) {
					continue;
				}
				for (String pattern : e.getKey().getPatternValues()) {
					if (skipped(pattern)) {
						continue;
					}
					String path = fill(pattern, world.ids());
					AccountUser who = userFor(m.name(), pattern.replaceAll("\\{[^}]+}", "1"), world);
					swept.add(m + " " + pattern);
					if (takesJson(e.getValue())) {
						for (String body : JSON_BODIES) {
							send(problems, m, path, who, r -> r.contentType(MediaType.APPLICATION_JSON).content(body), body, true);
						}
						continue;
					}
					Set<String> fields = fields(e.getValue());
					fieldsSent.addAll(fields);
					for (String value : HOSTILE) {
						send(problems, m, path, who, r -> {
							fields.forEach(f -> r.param(f, value));
							return r.with(csrf());
						}, value.length() > 40 ? value.substring(0, 40) + "…" : value, false);
					}
					// Invalid UTF-8 (percent-encoded bytes that are no character).
					String broken = String.join("&", fields.stream().map(f -> f + "=%C3%28%FF").toList());
					send(problems, m, path, who, r -> r.contentType(MediaType.APPLICATION_FORM_URLENCODED)
						.content(broken.getBytes(StandardCharsets.US_ASCII)).with(csrf()), "invalid UTF-8", false);
					// No CSRF token: refused, and nothing saved. A job alert's unsubscribe link is posted by the mail program
					// (RFC 8058) without one; its signed token is what it checks (SavedJobsIntegrationTest), and nothing is saved here.
					// The same for the SMS provider's replies, checked by the provider's signature (InboundTextsTest).
					if (!pattern.startsWith("/api/") && !pattern.equals("/alerts/unsubscribe") && !pattern.equals("/sms/inbound")) {
						Map<String, Long> before = counts();
						MockHttpServletResponse r = mvc.perform(build(m, path, who).param(fields.isEmpty() ? "x" : fields.iterator().next(), "1"))
							.andReturn().getResponse();
						if (r.getStatus() != 403) {
							problems.add(m + " " + pattern + " without a CSRF token answered " + r.getStatus());
						}
						if (!counts().equals(before)) {
							problems.add(m + " " + pattern + " without a CSRF token changed rows");
						}
					}
				}
			}
		}
		assertThat(swept).hasSizeGreaterThan(60);
		// The forms' own fields were filled (the participant, consent, posting and registration forms, say).
		assertThat(fieldsSent).contains("fullName", "recipientName", "title", "password", "reason", "code", "salaryMin");
		assertThat(problems).as("%d routes swept", swept.size()).isEmpty();
	}

	@Test
	void aParameterOfTheWrongTypeIsNamedWithoutRepeatingWhatWasSent() throws Exception {
		AccountUser supervisor = data.program().supervisor();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/imports/participants")
				.param("dryRun", SCRIPT).contentType("text/csv").content("external_id").with(user(supervisor)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors.dryRun").value("Send true or false."))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("script"))));
	}

	private interface Shape {
		MockHttpServletRequestBuilder apply(MockHttpServletRequestBuilder request);
	}

	private MockHttpServletRequestBuilder build(RequestMethod m, String path, AccountUser who) {
		int n = address.incrementAndGet();
		MockHttpServletRequestBuilder r = request(HttpMethod.valueOf(m.name()), path)
			// Each request from its own address, so the per-address rate limits let every one through to its form.
			.with(req -> {
				req.setRemoteAddr("10.77." + (n / 250) % 250 + "." + n % 250);
				return req;
			});
		return who == null ? r : r.with(user(who));
	}

	private void send(List<String> problems, RequestMethod m, String path, AccountUser who, Shape shape, String what, boolean json)
			throws Exception {
		Map<String, Long> before = counts();
		MockHttpServletResponse r;
		try {
			r = mvc.perform(shape.apply(build(m, path, who))).andReturn().getResponse();
		}
		catch (Exception e) {
			problems.add(m + " " + path + " with " + what + ": threw " + e);
			return;
		}
		int status = r.getStatus();
		String body = r.getContentAsString(StandardCharsets.UTF_8);
		if (status >= 500) {
			problems.add(m + " " + path + " with " + what + ": " + status);
		}
		if (body.contains(SCRIPT)) {
			int at = body.indexOf(SCRIPT);
			problems.add(m + " " + path + " with " + what + ": the script came back unescaped (" + r.getContentType() + "): "
					+ body.substring(Math.max(0, at - 120), Math.min(body.length(), at + 40)));
		}
		if (json && status >= 400 && status < 500 && !String.valueOf(r.getContentType()).contains("problem+json")) {
			problems.add(m + " " + path + " with " + what + ": " + status + " without problem details");
		}
		boolean accepted = status >= 300 && status < 400 && r.getRedirectedUrl() != null && !r.getRedirectedUrl().contains("error")
				|| status == 201 || (json && status == 200);
		if (!accepted) {
			Map<String, Long> after = counts();
			if (!after.equals(before)) {
				List<String> changed = new ArrayList<>();
				after.forEach((t, n) -> {
					if (!n.equals(before.get(t))) {
						changed.add(t + " " + before.get(t) + "→" + n);
					}
				});
				problems.add(m + " " + path + " with " + what + " answered " + status + " yet changed " + changed);
			}
		}
	}
}
