package org.recoveryworks.accounts;

import org.recoveryworks.shared.web.PublicPages;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.web.servlet.HandlerMapping;
import java.util.List;

import org.recoveryworks.shared.security.Routes;
import org.recoveryworks.shared.security.UrlRule;
import org.recoveryworks.shared.security.UrlRules;
import org.recoveryworks.shared.web.ProblemResponses;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the algorithm recorded in each hash so it can be upgraded later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** bcrypt reads at most 72 bytes of a password; accented letters take two or more. */
	static boolean fitsPasswordHash(String password) {
		return password == null || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 72;
	}

	@Bean
	UserDetailsService userDetailsService(UserAccountRepository users) {
		// A deactivated account answers as a wrong password would: it cannot sign in.
		return username -> users.findByEmail(Accounts.normalize(username))
			.filter(UserAccount::isActive)
			.map(UserAccount::toAccountUser)
			.orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/** The JSON API: stateless, personal API tokens, problem details for 401 and 403. */
	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, SignInAudit audit, List<UrlRules> rules, Routes routes)
			throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			// Each module's API rules; a route no rule names is refused, an unknown address asks for a token (then "not found").
			.authorizeHttpRequests(a -> apply(a, rules, true, routes, AuthenticatedAuthorizationManager.authenticated()))
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> ProblemResponses.write(response, 401,
					"Unauthorized", "Send a valid personal API token as 'Authorization: Bearer <token>'."))
				.accessDeniedHandler(audit.recording((request, response, ex) -> ProblemResponses.write(response, 403, "Forbidden",
						"Your account may not use this resource."))));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, SecurityContextRepository contextRepository, SignInAudit audit,
			SignInThrottle throttle, UserAccountRepository users, java.time.Clock clock, List<UrlRules> rules, Routes routes,
			@org.springframework.beans.factory.annotation.Value("${recoveryworks.programs.map-tiles:}") String mapTiles) throws Exception {
		http.securityContext(c -> c.securityContextRepository(contextRepository))
			// A job alert's unsubscribe link is posted by the mail program itself (RFC 8058 one-click), which has no form
			// token; the link's own signature names the one alert it stops, and it stops nothing else.
			// The same for the SMS provider's replies (a STOP), checked by the provider's signature.
			.csrf(c -> c.ignoringRequestMatchers("/alerts/unsubscribe", "/sms/inbound"))
			// Each module's page rules; a route no rule names is refused; an unknown address goes on to "not found".
			.authorizeHttpRequests(a -> apply(a, rules, false, routes, (authentication, context) -> new AuthorizationDecision(true)))
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SessionFreshness(users), org.springframework.security.web.context.SecurityContextHolderFilter.class)
			.exceptionHandling(e -> e.accessDeniedHandler(audit.recording(signInAgainWhenSessionEnded(
					new org.springframework.security.web.access.AccessDeniedHandlerImpl()))))
			.formLogin(f -> f.loginPage("/login").failureUrl("/login?error").successHandler(withoutPasswordHash(contextRepository, clock)))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			// Scripts only from this site (no inline scripts or handlers); framing refused; HTTPS remembered for a year.
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:"
					+ tileOrigin(mapTiles) + "; "
					+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
					+ "frame-ancestors 'none'"))
				.frameOptions(f -> f.deny())
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
				.cacheControl(c -> c.disable())
				.addHeaderWriter(cacheControl()));
		return http.build();
	}

	/**
	 * Nothing a signed-in person sees, and no private page, is kept by the browser ({@code no-store}). The public pages
	 * (home, search, a posting, the program finder, sign-in, statistics) seen by someone not signed in may be: checked
	 * again each time ({@code no-cache}), so the back button returns to them at once. Static files and downloads set
	 * their own.
	 */
	static HeaderWriter cacheControl() {
		CacheControlHeadersWriter noStore = new CacheControlHeadersWriter();
		return (request, response) -> {
			if (response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
				return;
			}
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			boolean anonymous = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
			Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			if (anonymous && "GET".equals(request.getMethod()) && response.getStatus() < 400 && pattern instanceof String p
					&& PublicPages.isPublicPage(p)) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			}
			else {
				noStore.writeHeaders(request, response);
			}
		};
	}

	/**
	 * The modules' rules of one chain (the API's or the pages'), most specific first; then a request to a route that no
	 * rule names is refused, and any other request (an address no handler serves) is left to {@code unmapped}.
	 */
	private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a,
			List<UrlRules> modules, boolean api, Routes routes, AuthorizationManager<RequestAuthorizationContext> unmapped) {
		List<UrlRule> rules = modules.stream().flatMap(m -> m.rules().stream()).filter(r -> r.api() == api).toList();
		for (Routes.Entry entry : Routes.ordered(rules)) {
			String pattern = entry.pattern().getPatternString();
			var matched = entry.method() == null ? a.requestMatchers(pattern) : a.requestMatchers(HttpMethod.valueOf(entry.method()), pattern);
			switch (entry.rule().who()) {
				case EVERYONE -> matched.permitAll();
				case SIGNED_IN -> matched.authenticated();
				case ROLES -> matched.hasAnyRole(entry.rule().roles().stream().sorted().toArray(String[]::new));
			}
		}
		a.anyRequest().access((authentication, context) -> routes.handles(context.getRequest()) ? new AuthorizationDecision(false)
				: unmapped.authorize(authentication, context));
	}

	@Bean
	SignInThrottle signInThrottle(org.recoveryworks.shared.limits.Buckets buckets) {
		return new SignInThrottle(buckets);
	}

	/** Not a servlet filter of its own: it runs only inside the web security chain. */
	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<SignInThrottle> signInThrottleOutsideChains(SignInThrottle throttle) {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(throttle);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * A form sent from a session that has ended (idle sign-out, a restart) carries a form token the
	 * server no longer knows: instead of a bare "forbidden", the person is sent to sign in again,
	 * told that what they sent was not saved.
	 */
	static org.springframework.security.web.access.AccessDeniedHandler signInAgainWhenSessionEnded(
			org.springframework.security.web.access.AccessDeniedHandler next) {
		return (request, response, e) -> {
			if (e instanceof org.springframework.security.web.csrf.CsrfException && request.getRequestedSessionId() != null
					&& !request.isRequestedSessionIdValid()) {
				response.sendRedirect(request.getContextPath() + "/login?timeout");
				return;
			}
			next.handle(request, response, e);
		};
	}

	/** Staff are signed out after 15 minutes without activity (case records are on their screen). */
	static final int STAFF_IDLE_SECONDS = 15 * 60;

	/** The program finder's map tiles come from the deployer's tile server: its origin may serve images. */
	static String tileOrigin(String mapTiles) {
		if (mapTiles == null || mapTiles.isBlank()) {
			return "";
		}
		try {
			java.net.URI uri = java.net.URI.create(mapTiles.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
			if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")) {
				return "";
			}
			return " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
		}
		catch (IllegalArgumentException e) {
			return "";
		}
	}

	/**
	 * After the password: staff go on to the second step (nobody is signed in until they pass it);
	 * everyone else is signed in without the password hash (the principal of a successful sign-in
	 * still carries it), then goes where they were headed or to their home.
	 */
	private static AuthenticationSuccessHandler withoutPasswordHash(SecurityContextRepository contextRepository, java.time.Clock clock) {
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof AccountUser user) {
				if (TwoStepSignIn.required(user)) {
					contextRepository.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
					request.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
					SecurityContextHolder.clearContext();
					request.getSession().setAttribute(SecondStepController.PENDING,
							new SecondStepController.Pending(user.withoutPassword(), clock.instant(), 0, null));
					response.sendRedirect(request.getContextPath() + "/login/code");
					return;
				}
				keepSignedIn(user, request, response, contextRepository, clock);
			}
			goOn(request, response, authentication);
		};
	}

	/** Puts the user in the session: signed in from now, and signed out after 15 idle minutes if staff. */
	static void keepSignedIn(AccountUser user, jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response, SecurityContextRepository contextRepository, java.time.Clock clock) {
		request.getSession().setAttribute(SessionFreshness.SIGNED_IN_AT, clock.instant());
		if (TwoStepSignIn.required(user)) {
			request.getSession().setMaxInactiveInterval(STAFF_IDLE_SECONDS);
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.withoutPassword(), null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
	}

	/** Where the user was headed when asked to sign in, or their home. */
	static void goOn(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
			org.springframework.security.core.Authentication authentication) throws java.io.IOException, jakarta.servlet.ServletException {
		SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
		next.setDefaultTargetUrl("/home");
		next.onAuthenticationSuccess(request, response, authentication);
	}
}
