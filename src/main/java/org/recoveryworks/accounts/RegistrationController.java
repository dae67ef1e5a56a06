package org.recoveryworks.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.recoveryworks.organizations.OrganizationKind;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistrationController {

	private final Registrations registrations;
	private final SecurityContextRepository contextRepository;

	RegistrationController(Registrations registrations, SecurityContextRepository contextRepository) {
		this.registrations = registrations;
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
	String registerSeeker(@Valid @ModelAttribute("form") SeekerRegistrationForm form, BindingResult result, RedirectAttributes redirect) {
		return register(Role.SEEKER, form, result, "accounts/register-seeker", redirect);
	}

	@GetMapping("/register/employer")
	String employerForm(Model model) {
		model.addAttribute("form", new EmployerRegistrationForm());
		return "accounts/register-employer";
	}

	@PostMapping("/register/employer")
	String registerEmployer(@Valid @ModelAttribute("form") EmployerRegistrationForm form, BindingResult result,
			RedirectAttributes redirect) {
		return register(Role.EMPLOYER, form, result, "accounts/register-employer", redirect);
	}

	/**
	 * Unless the form has errors, e-mails the address a link that finishes the registration (or, when it has an
	 * account, a reminder of it), and answers the same either way: "check your e-mail".
	 */
	private String register(Role kind, SeekerRegistrationForm form, BindingResult result, String formView, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView;
		}
		registrations.start(kind, form.getEmail(), form.getPassword(), Registrations.Details.of(form));
		redirect.addFlashAttribute("registeredEmail", Accounts.normalize(form.getEmail()));
		return "redirect:/register/check-email";
	}

	@GetMapping("/register/check-email")
	String checkEmail(Model model) {
		model.addAttribute("validHours", registrations.validity().toHours());
		return "accounts/register-sent";
	}

	/** Where the e-mailed link leads: a button, because opening a link (as mail scanners do) must change nothing. */
	@GetMapping("/register/confirm")
	String confirmForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		var opened = registrations.open(token);
		if (opened.isEmpty()) {
			return notUsable(false, response);
		}
		model.addAttribute("registration", opened.get());
		model.addAttribute("token", token);
		return "accounts/register-confirm";
	}

	@PostMapping("/register/confirm")
	String confirm(@RequestParam(required = false) String token, @AuthenticationPrincipal AccountUser current,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Registrations.Confirmation done;
		try {
			done = registrations.confirm(token);
		}
		catch (EmailAlreadyRegistered e) {
			// The address got its account at this very moment, some other way.
			return notUsable(true, response);
		}
		if (done instanceof Registrations.Created created) {
			signIn(created.user(), request, response);
			redirect.addFlashAttribute("flashKey", doneKey(created.user().role()));
			return "redirect:" + next(created.user().role());
		}
		if (done instanceof Registrations.AlreadyFinished finished) {
			if (current != null && finished.accountId().equals(current.id())) {
				// A double click: the first click signed this person in.
				return "redirect:" + next(finished.kind());
			}
			redirect.addFlashAttribute("flashKey", "registration.confirm.alreadyDone");
			return "redirect:/login";
		}
		return notUsable(((Registrations.NotUsable) done).known(), response);
	}

	private static String doneKey(Role kind) {
		return kind == Role.EMPLOYER ? "registration.employer.done" : "registration.seeker.done";
	}

	private static String next(Role kind) {
		return kind == Role.EMPLOYER ? "/employer/postings" : "/my/applications";
	}

	/** Unknown: 404; known but expired or used: 410. The same page. */
	private static String notUsable(boolean known, HttpServletResponse response) {
		response.setStatus(known ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND);
		return "accounts/register-confirm";
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
