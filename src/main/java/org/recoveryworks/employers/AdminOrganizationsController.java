package org.recoveryworks.employers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminOrganizationsController {

	private final Organizations organizations;
	private final MessageSource messages;

	AdminOrganizationsController(Organizations organizations, MessageSource messages) {
		this.organizations = organizations;
		this.messages = messages;
	}

	@GetMapping("/admin/organizations")
	String list(Model model) {
		model.addAttribute("organizations", organizations.all());
		return "admin/organizations";
	}

	@PostMapping("/admin/organizations/{id}/verify")
	String verify(@PathVariable Long id, RedirectAttributes redirect) {
		OrganizationSummary organization = organizations.get(id);
		organizations.verify(id);
		redirect.addFlashAttribute("flash", messages.getMessage("admin.organizations.verified",
				new Object[] { organization.name() }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/organizations";
	}
}
