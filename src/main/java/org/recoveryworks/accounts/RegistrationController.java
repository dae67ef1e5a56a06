package org.recoveryworks.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.recoveryworks.shared.Text;
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
	java.util.List<OrganizationKind> organizationKinds() {
		return OrganizationKind.employerKinds();
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
		return register(form, result, "accounts/register-seeker", () -> accounts.registerSeeker(form.getEmail(),
				form.getPassword(), form.getDisplayName(), Text.trimToNull(form.getPhone())), request, response, redirect,
				"registration.seeker.done", "redirect:/my/applications");
	}

	@GetMapping("/register/employer")
	String employerForm(Model model) {
		model.addAttribute("form", new EmployerRegistrationForm());
		return "accounts/register-employer";
	}

	@PostMapping("/register/employer")
	String registerEmployer(@Valid @ModelAttribute("form") EmployerRegistrationForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		return register(form, result, "accounts/register-employer", () -> accounts.registerEmployer(form.getEmail(),
				form.getPassword(), form.getDisplayName(), Text.trimToNull(form.getPhone()), form.toNewOrganization()), request,
				response, redirect, "registration.employer.done", "redirect:/employer/postings");
	}

	/** Creates the account unless the form has errors or the address is taken, then signs the new user in. */
	private String register(SeekerRegistrationForm form, BindingResult result, String formView,
			java.util.function.Supplier<AccountUser> create, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect, String doneKey, String next) {
		if (!result.hasErrors() && accounts.exists(form.getEmail())) {
			result.rejectValue("email", "registration.email.taken");
		}
		if (result.hasErrors()) {
			return formView;
		}
		try {
			signIn(create.get(), request, response);
		}
		catch (EmailAlreadyRegistered e) {
			result.rejectValue("email", "registration.email.taken");
			return formView;
		}
		redirect.addFlashAttribute("flashKey", doneKey);
		return next;
	}

	private void signIn(AccountUser user, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.withoutPassword(), null,
				user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
	}
}
