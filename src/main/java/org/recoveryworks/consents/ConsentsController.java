package org.recoveryworks.consents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.recoveryworks.shared.pdf.PdfPages;
import org.recoveryworks.shared.web.Refusals;

import jakarta.validation.Valid;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.coaching.InformationKind;
import org.recoveryworks.organizations.Organizations;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consents and disclosures (42 CFR Part 2) on a participant's record: the coach records a signed
 * consent, discloses under it (a printable document with the re-disclosure notice), records a
 * revocation; the participant sees their consents and the accounting of disclosures, and can
 * revoke a consent themselves.
 */
@Controller
class ConsentsController {

	private final CaseFiles caseFiles;
	private final Consents consents;
	private final ConsentRecords records;
	private final Organizations organizations;
	private final Clock clock;
	private final org.recoveryworks.shared.DocumentStore documents;
	private final PdfPages pdfPages;

	ConsentsController(CaseFiles caseFiles, Consents consents, ConsentRecords records, Organizations organizations,
			Clock clock, org.recoveryworks.shared.DocumentStore documents, PdfPages pdfPages) {
		this.pdfPages = pdfPages;
		this.documents = documents;
		this.caseFiles = caseFiles;
		this.consents = consents;
		this.records = records;
		this.organizations = organizations;
		this.clock = clock;
	}

	@ModelAttribute("informationKinds")
	InformationKind[] informationKinds() {
		return InformationKind.values();
	}

	@GetMapping("/coach/participants/{id}/consents")
	String list(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		CaseFiles.ParticipantRef person = caseFiles.read(staff, id, "consents and disclosures");
		model.addAttribute("person", person);
		model.addAttribute("revealed", caseFiles.reveals(staff, id));
		model.addAttribute("consents", consents.forParticipant(id));
		model.addAttribute("disclosures", consents.accounting(id));
		return "consents/consents";
	}

	@GetMapping("/coach/participants/{id}/consents/new")
	String newConsent(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		CaseFiles.ParticipantRef person = caseFiles.open(staff, id);
		ConsentForm form = new ConsentForm();
		form.setDiscloser(organizations.find(person.programId()).map(o -> o.name()).orElse(""));
		form.setSignedBy(person.name());
		form.setSignedOn(LocalDate.now(clock));
		model.addAttribute("person", person);
		model.addAttribute("form", form);
		return "consents/consent-form";
	}

	@PostMapping("/coach/participants/{id}/consents")
	String record(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, @Valid @ModelAttribute("form") ConsentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CaseFiles.ParticipantRef person = caseFiles.open(staff, id);
		if ((form.getSignedBy() == null || form.getSignedBy().isBlank()) && (form.getSignedForm() == null || form.getSignedForm().isEmpty())) {
			result.rejectValue("signedBy", "consent.signature.required");
		}
		if (Refusals.run(result, () -> consents.record(staff.id(), staff.role().name(), id, person.programId(), form.toDetails(),
				form.getSignedForm()))) {
			redirect.addFlashAttribute("flashKey", "consent.recorded");
			return "redirect:/coach/participants/" + id + "/consents";
		}
		model.addAttribute("person", person);
		return "consents/consent-form";
	}

	/** The scan of a consent signed on paper, as a download. */
	@GetMapping("/coach/participants/{id}/consents/{consentId}/signed-form")
	org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> signedForm(@AuthenticationPrincipal AccountUser staff,
			@PathVariable Long id, @PathVariable Long consentId) {
		Consents.SignedForm form = records.signedForm(staff, id, consentId);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(form.contentType()))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
				.filename(form.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(documents.load(form.key()));
	}

	@PostMapping("/coach/participants/{id}/consents/{consentId}/revoke")
	String revoke(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, @PathVariable Long consentId,
			@RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
		caseFiles.open(staff, id);
		if (note != null && note.length() > 500) {
			redirect.addFlashAttribute("errorKey", "consent.note.tooLong");
			return "redirect:/coach/participants/" + id + "/consents";
		}
		return revoked(() -> consents.revoke(staff.id(), staff.role().name(), id, consentId, note), redirect,
				"redirect:/coach/participants/" + id + "/consents");
	}

	@GetMapping("/coach/participants/{id}/consents/{consentId}/disclose")
	String discloseForm(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, @PathVariable Long consentId, Model model) {
		CaseFiles.ParticipantRef person = caseFiles.open(staff, id);
		model.addAttribute("person", person);
		model.addAttribute("revealed", caseFiles.reveals(staff, id));
		model.addAttribute("consent", consents.find(id, consentId).orElseThrow(() -> new ConsentNotFound(id)));
		return "consents/disclose";
	}

	@PostMapping("/coach/participants/{id}/consents/{consentId}/disclose")
	String disclose(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, @PathVariable Long consentId,
			@RequestParam(name = "information", required = false) Set<InformationKind> information, Model model,
			RedirectAttributes redirect) {
		CaseFiles.ParticipantRef person = caseFiles.open(staff, id);
		Consents.ConsentView consent = consents.find(id, consentId).orElseThrow(() -> new ConsentNotFound(id));
		Set<InformationKind> asked = information == null ? EnumSet.noneOf(InformationKind.class) : information;
		try {
			Long disclosure = records.disclose(staff, id, consentId, asked);
			redirect.addFlashAttribute("flashKey", "disclosure.made");
			return "redirect:/coach/participants/" + id + "/disclosures/" + disclosure;
		}
		catch (org.recoveryworks.shared.RuleViolation refused) {
			// Refused: the page shows why next to the information asked for, with the consent as it is.
			model.addAttribute("person", person);
			model.addAttribute("revealed", caseFiles.reveals(staff, id));
			model.addAttribute("consent", consent);
			model.addAttribute("refusedKey", refused.messageKey());
			return "consents/disclose";
		}
	}

	@GetMapping("/coach/participants/{id}/disclosures/{disclosureId}")
	String document(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, @PathVariable Long disclosureId, Model model,
			RedirectAttributes redirect) {
		return disclosed(staff, id, disclosureId, redirect).map(document -> {
			model.addAttribute("person", caseFiles.open(staff, id));
			model.addAttribute("document", document);
			model.addAttribute("notice", Consents.REDISCLOSURE_NOTICE);
			return "consents/disclosure";
		}).orElse("redirect:/coach/participants/" + id + "/consents");
	}

	/** What was disclosed, with the re-disclosure notice, as a PDF to send to the recipient (tagged PDF/UA). */
	@GetMapping("/coach/participants/{id}/disclosures/{disclosureId}/pdf")
	Object documentPdf(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, @PathVariable Long disclosureId,
			RedirectAttributes redirect) {
		return disclosed(staff, id, disclosureId, redirect).<Object>map(document -> PdfPages.attachment(
				pdfPages.render("consents/pdf/disclosure", Map.of("person", caseFiles.open(staff, id), "document", document,
						"notice", Consents.REDISCLOSURE_NOTICE)), "disclosure-" + disclosureId + ".pdf"))
			.orElse("redirect:/coach/participants/" + id + "/consents");
	}

	/** What was disclosed, or nothing after putting the reason it may not be opened in the flash. */
	private Optional<Consents.DisclosedDocument> disclosed(AccountUser staff, Long id, Long disclosureId,
			RedirectAttributes redirect) {
		try {
			return Optional.of(records.document(staff, id, disclosureId));
		}
		catch (org.recoveryworks.shared.RuleViolation refused) {
			// What was sent names the person: a sequestered record's copies are for the privacy officer or an emergency access.
			redirect.addFlashAttribute("errorKey", refused.messageKey());
			return Optional.empty();
		}
	}

	/** The accounting of disclosures, printable, for giving the participant a copy. */
	@GetMapping("/coach/participants/{id}/disclosures")
	String accounting(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id, Model model) {
		CaseFiles.ParticipantRef person = caseFiles.read(staff, id, "accounting of disclosures");
		model.addAttribute("personName", person.name());
		model.addAttribute("disclosures", consents.accounting(id));
		model.addAttribute("back", "/coach/participants/" + id + "/consents");
		return "consents/accounting";
	}

	/** The participant's own consents and the disclosures made under them in the last three years. */
	@GetMapping("/my/coaching/consents")
	String mine(@AuthenticationPrincipal AccountUser seeker, Model model) {
		ConsentRecords.Own own = records.own(seeker);
		model.addAttribute("consents", own.consents());
		model.addAttribute("disclosures", own.disclosures());
		return "consents/my-consents";
	}

	@PostMapping("/my/coaching/consents/{consentId}/revoke")
	String revokeMine(@AuthenticationPrincipal AccountUser seeker, @PathVariable Long consentId, RedirectAttributes redirect) {
		Long id = records.linked(seeker);
		return revoked(() -> consents.revoke(seeker.id(), seeker.role().name(), id, consentId, "revoked by the participant online"),
				redirect, "redirect:/my/coaching/consents");
	}

	private String revoked(Runnable revoke, RedirectAttributes redirect, String back) {
		Refusals.flash(redirect, "consent.revoked", revoke);
		return back;
	}

}
