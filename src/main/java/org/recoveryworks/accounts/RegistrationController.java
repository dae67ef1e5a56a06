package org.recoveryworks.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.recoveryworks.employers.OrganizationKind;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistrationController {

	private final Accounts accounts;
	private final SecurityContextRepository contextRepository;

	RegistrationController(Accounts accounts, SecurityContextRepository contextRepository) {
		this.accounts = accounts;
		this.contextRepository = contextRepository;
	}

	@ModelAttribute("organizationKinds")
	OrganizationKind[] organizationKinds() {
		return OrganizationKind.values();
	}

	@GetMapping("/register")
	String choose() {
		return "accounts/register";
	}

	@GetMapping("/register/seeker")
	String seekerForm(Model model) {
		model.addAttribute("form", new SeekerRegistrationForm());
		return "accounts/register-seeker";
	}

	@PostMapping("/register/seeker")
	String registerSeeker(@Valid @ModelAttribute("form") SeekerRegistrationForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors() && accounts.exists(form.getEmail())) {
			result.rejectValue("email", "registration.email.taken");
		}
		if (result.hasErrors()) {
			return "accounts/register-seeker";
		}
		try {
			AccountUser user = accounts.registerSeeker(form.getEmail(), form.getPassword(), form.getDisplayName(),
					blankToNull(form.getPhone()));
			signIn(user, request, response);
		}
		catch (EmailAlreadyRegistered e) {
			result.rejectValue("email", "registration.email.taken");
			return "accounts/register-seeker";
		}
		redirect.addFlashAttribute("flashKey", "registration.seeker.done");
		return "redirect:/my/applications";
	}

	@GetMapping("/register/employer")
	String employerForm(Model model) {
		model.addAttribute("form", new EmployerRegistrationForm());
		return "accounts/register-employer";
	}

	@PostMapping("/register/employer")
	String registerEmployer(@Valid @ModelAttribute("form") EmployerRegistrationForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors() && accounts.exists(form.getEmail())) {
			result.rejectValue("email", "registration.email.taken");
		}
		if (result.hasErrors()) {
			return "accounts/register-employer";
		}
		try {
			AccountUser user = accounts.registerEmployer(form.getEmail(), form.getPassword(), form.getDisplayName(),
					blankToNull(form.getPhone()), form.toNewOrganization());
			signIn(user, request, response);
		}
		catch (EmailAlreadyRegistered e) {
			result.rejectValue("email", "registration.email.taken");
			return "accounts/register-employer";
		}
		redirect.addFlashAttribute("flashKey", "registration.employer.done");
		return "redirect:/employer/postings";
	}

	private void signIn(AccountUser user, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
