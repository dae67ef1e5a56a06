package org.recoveryworks.seekers;

import java.util.Map;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.shared.pdf.PdfPages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** A résumé from the profile: the person chooses what goes on it, and downloads it as a PDF or a Word document. */
@Controller
class ResumeController {

	static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final SeekerProfiles profiles;
	private final PdfPages pdfPages;
	private final ResumeDocx docx;

	ResumeController(SeekerProfiles profiles, PdfPages pdfPages, ResumeDocx docx) {
		this.profiles = profiles;
		this.pdfPages = pdfPages;
		this.docx = docx;
	}

	@GetMapping("/my/profile/resume")
	String page(@AuthenticationPrincipal AccountUser seeker, Model model) {
		ProfileView profile = profiles.view(seeker.id());
		model.addAttribute("profile", profile);
		model.addAttribute("choice", ResumeChoice.everything(profile));
		return "seekers/resume";
	}

	@GetMapping("/my/profile/resume.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountUser seeker, @ModelAttribute("choice") ResumeChoice choice) {
		Resume resume = profiles.resume(seeker, choice);
		return PdfPages.attachment(pdfPages.render("seekers/pdf/resume", Map.of("resume", resume)), "resume.pdf");
	}

	@GetMapping("/my/profile/resume.docx")
	ResponseEntity<byte[]> docx(@AuthenticationPrincipal AccountUser seeker, @ModelAttribute("choice") ResumeChoice choice) {
		Resume resume = profiles.resume(seeker, choice);
		return ResponseEntity.ok().contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("resume.docx").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(docx.write(resume, LocaleContextHolder.getLocale()));
	}
}
