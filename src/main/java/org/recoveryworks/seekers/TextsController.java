package org.recoveryworks.seekers;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.sms.InboundTexts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's choice of texts, and the replies the SMS provider posts (STOP ends every consent at that number). */
@Controller
class TextsController {

	private final Texts texts;
	private final SeekerProfiles profiles;
	private final InboundTexts inbound;

	TextsController(Texts texts, SeekerProfiles profiles, InboundTexts inbound) {
		this.texts = texts;
		this.profiles = profiles;
		this.inbound = inbound;
	}

	@GetMapping("/my/texts")
	String page(@AuthenticationPrincipal AccountUser seeker, Model model) {
		TextsForm form = new TextsForm();
		texts.consent(seeker.id()).ifPresentOrElse(c -> {
			form.setPhone(c.getPhone());
			form.setPurposes(c.getPurposes());
			form.setAlsoEmail(c.isAlsoEmail());
			form.setDetailed(c.isDetailed());
		}, () -> form.setPhone(profiles.view(seeker.id()).phone()));
		model.addAttribute("form", form);
		return view(seeker, model);
	}

	@PostMapping("/my/texts")
	String agree(@AuthenticationPrincipal AccountUser seeker, @Valid @ModelAttribute("form") TextsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return view(seeker, model);
		}
		texts.agree(seeker.id(), form);
		redirect.addFlashAttribute("flashKey", "texts.saved");
		return "redirect:/my/texts";
	}

	@PostMapping("/my/texts/stop")
	String stop(@AuthenticationPrincipal AccountUser seeker, RedirectAttributes redirect) {
		texts.stop(seeker.id());
		redirect.addFlashAttribute("flashKey", "texts.stopped");
		return "redirect:/my/texts";
	}

	private String view(AccountUser seeker, Model model) {
		model.addAttribute("consent", texts.consent(seeker.id()).map(c -> new ConsentView(c.active(), c.getPhone(), c.getConsentedAt(),
				c.getEndedAt(), c.getEndedHow())).orElse(null));
		model.addAttribute("purposes", TextPurpose.values());
		return "seekers/texts";
	}

	/** The consent as the page states it. */
	record ConsentView(boolean active, String phone, Instant since, Instant endedAt, String endedHow) {
	}

	/**
	 * Without a provider, the text outbox's "reply STOP" for an administrator trying the product: as if the person had
	 * replied from that number.
	 */
	@PostMapping("/admin/texts/reply")
	String replyFromOutbox(@RequestParam String from, RedirectAttributes redirect) {
		if (inbound.live()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		texts.stopReply(from);
		redirect.addFlashAttribute("flashKey", "admin.texts.replied");
		return "redirect:/admin/texts";
	}

	/**
	 * A reply, as Twilio posts it (From, Body), checked by its signature; a stop word ends every consent at that number.
	 * Answered with an empty TwiML response: Twilio sends the carriers' own confirmation of a STOP.
	 */
	@PostMapping(value = "/sms/inbound", produces = MediaType.APPLICATION_XML_VALUE)
	@ResponseBody
	ResponseEntity<String> reply(HttpServletRequest request, @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
		if (!inbound.live()) {
			// No provider: nothing posts replies here (the outbox page has its own, for an administrator).
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_XML).body("<Response/>");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, values.length == 0 ? "" : values[0]));
		String url = request.getRequestURL().toString() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		if (!inbound.genuine(url, parameters, signature)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_XML).body("<Response/>");
		}
		String from = parameters.get("From");
		if (from != null && InboundTexts.asksToStop(parameters.get("Body"))) {
			texts.stopReply(from);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");
	}
}
