package org.recoveryworks.shared.sms;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The development outbox: the texts that would have gone out, for an administrator (no provider configured). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DevTextOutboxController {

	private final TextMessageRepository outbox;
	private final TextSender sender;

	DevTextOutboxController(TextMessageRepository outbox, TextSender sender) {
		this.outbox = outbox;
		this.sender = sender;
	}

	@GetMapping("/admin/texts")
	String show(Model model) {
		model.addAttribute("texts", outbox.findFirst100ByOrderByIdDesc());
		model.addAttribute("live", sender.live());
		return "shared/texts";
	}
}
