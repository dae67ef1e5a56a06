package org.recoveryworks.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
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
		return username -> users.findByEmail(Accounts.normalize(username))
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
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, "/api/v1/jobs", "/api/v1/jobs/*").permitAll()
				.requestMatchers("/api/v1/employer/**").hasRole("EMPLOYER")
				// Case records answer "not found" to anyone not allowed to see them, checked per record.
				.requestMatchers("/api/v1/participants/**").authenticated()
				.requestMatchers("/api/v1/imports/**").hasAnyRole("SUPERVISOR", "ADMIN")
				.requestMatchers("/api/v1/reports/**").hasAnyRole("COACH", "SUPERVISOR", "ADMIN")
				.anyRequest().authenticated())
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problem(response, 401,
					"Unauthorized", "Send a valid personal API token as 'Authorization: Bearer <token>'."))
				.accessDeniedHandler((request, response, ex) -> problem(response, 403, "Forbidden",
						"Your account may not use this resource.")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, SecurityContextRepository contextRepository) throws Exception {
		http.securityContext(c -> c.securityContextRepository(contextRepository))
			.authorizeHttpRequests(a -> a
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.requestMatchers("/employer/**").hasRole("EMPLOYER")
				.requestMatchers("/my/**", "/jobs/*/apply").hasRole("SEEKER")
				.requestMatchers("/coach/**").authenticated()
				.requestMatchers("/reports/**").hasAnyRole("COACH", "SUPERVISOR", "ADMIN")
				.requestMatchers("/imports/**").hasAnyRole("SUPERVISOR", "ADMIN")
				.requestMatchers("/programs/manage/**", "/programs/manage").hasAnyRole("SUPERVISOR", "ADMIN")
				.requestMatchers("/credentials/types/**", "/credentials/types").hasAnyRole("SUPERVISOR", "ADMIN")
				.requestMatchers("/credentials/verify/**", "/credentials/verify").hasRole("SUPERVISOR")
				.requestMatchers("/credentials/applications/**").hasRole("EMPLOYER")
				.requestMatchers("/credentials/**", "/credentials").hasAnyRole("SEEKER", "COACH", "SUPERVISOR")
				.anyRequest().permitAll())
			.formLogin(f -> f.loginPage("/login").failureUrl("/login?error").successHandler(withoutPasswordHash(contextRepository)))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
		return http.build();
	}

	/**
	 * After sign-in, keeps the user in the session without the password hash (the principal of a
	 * successful sign-in still carries it), then goes where the user was headed or to their home.
	 */
	private static AuthenticationSuccessHandler withoutPasswordHash(SecurityContextRepository contextRepository) {
		SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
		next.setDefaultTargetUrl("/home");
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof AccountUser user) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.withoutPassword(), null,
						user.getAuthorities()));
				SecurityContextHolder.setContext(context);
				contextRepository.saveContext(context, request, response);
			}
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}");
	}
}
