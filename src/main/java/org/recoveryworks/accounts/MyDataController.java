package org.recoveryworks.accounts;

import java.util.Optional;

import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.web.Refusals;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A job seeker downloads everything held about them, or closes their account. */
@Controller
class MyDataController {

	private final MyData myData;

	MyDataController(MyData myData) {
		this.myData = myData;
	}

	@GetMapping("/my/data")
	String page() {
		return "accounts/my-data";
	}

	@GetMapping("/my/data.json")
	ResponseEntity<byte[]> json(@AuthenticationPrincipal AccountUser user) {
		return download(myData.json(myData.export(user)), "recoveryworks-my-data.json", MediaType.APPLICATION_JSON);
	}

	@GetMapping("/my/data.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountUser user) {
		return download(myData.pdf(myData.export(user)), "recoveryworks-my-data.pdf", MediaType.APPLICATION_PDF);
	}

	@PostMapping("/my/account/close")
	String close(@AuthenticationPrincipal AccountUser user, @RequestParam(name = "password", required = false) String password,
			@RequestParam(name = "confirm", required = false) String confirm, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (!"true".equals(confirm)) {
			model.addAttribute("confirmErrorKey", "myData.close.confirm");
			return "accounts/my-data";
		}
		Optional<RuleViolation> refused = Refusals.refusal(() -> myData.close(user, password));
		if (refused.isPresent()) {
			model.addAttribute("passwordErrorKey", refused.get().messageKey());
			return "accounts/my-data";
		}
		new SecurityContextLogoutHandler().logout(request, response, null);
		return "redirect:/login?closed";
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}
}
