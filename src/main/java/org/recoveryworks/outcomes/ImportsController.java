package org.recoveryworks.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;

/**
 * Imports from spreadsheets, in two steps: check the file (nothing is written; every problem is
 * listed by row and column), then import it. The checked file waits in the user's session, so the
 * import writes exactly what was checked, after checking it once more.
 */
@Controller
class ImportsController {

	static final String PENDING = "outcomes.pendingImport";

	/** A checked file waiting for the user to say "import". */
	record Pending(ImportKind kind, Long programId, String fileName, byte[] content) implements java.io.Serializable {
	}

	private final Imports imports;
	private final ReportQueries queries;

	ImportsController(Imports imports, ReportQueries queries) {
		this.imports = imports;
		this.queries = queries;
	}

	@GetMapping("/imports")
	String form(@AuthenticationPrincipal AccountUser user, Model model) {
		return page(user, model, null, null);
	}

	@PostMapping("/imports/check")
	String check(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Long program, @RequestParam(required = false) MultipartFile file, Model model,
			HttpSession session) throws IOException {
		session.removeAttribute(PENDING);
		ImportKind importKind = ImportKind.ofSlug(kind == null ? "" : kind);
		model.addAttribute("chosenKind", importKind);
		model.addAttribute("chosenProgram", program);
		if (importKind == null) {
			return page(user, model, "kind", "import.kind.required");
		}
		if (file == null || file.isEmpty()) {
			return page(user, model, "file", "import.file.required");
		}
		Imports.Result result;
		try {
			result = imports.check(user, program, importKind, file.getBytes());
		}
		catch (RuleViolation e) {
			return page(user, model, e.field(), e.messageKey());
		}
		if (result.ok() && result.toAdd() > 0) {
			session.setAttribute(PENDING, new Pending(importKind, program, file.getOriginalFilename(), file.getBytes()));
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("result", result);
		return "outcomes/import-preview";
	}

	@PostMapping("/imports/apply")
	String apply(@AuthenticationPrincipal AccountUser user, Model model, HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
			redirect.addFlashAttribute("flashKey", "import.nothingPending");
			return "redirect:/imports";
		}
		Imports.Result result;
		try {
			result = imports.apply(user, pending.programId(), pending.kind(), pending.content());
		}
		catch (DataIntegrityViolationException e) {
			// The same rows went in at the same moment from elsewhere: show what the file holds now.
			result = imports.check(user, pending.programId(), pending.kind(), pending.content());
		}
		if (!result.ok()) {
			// Something changed since the check (for example, the same file was imported meanwhile).
			session.removeAttribute(PENDING);
			model.addAttribute("fileName", pending.fileName());
			model.addAttribute("result", result);
			return "outcomes/import-preview";
		}
		session.removeAttribute(PENDING);
		redirect.addFlashAttribute("imported", result);
		redirect.addFlashAttribute("importedFile", pending.fileName());
		return "redirect:/imports";
	}

	/** The sample file of each kind, as docs/import.md describes it. */
	@GetMapping("/imports/samples/{kind}.csv")
	ResponseEntity<byte[]> sample(@PathVariable String kind) throws IOException {
		ImportKind importKind = ImportKind.ofSlug(kind);
		if (importKind == null) {
			return ResponseEntity.notFound().build();
		}
		try (InputStream in = new ClassPathResource("import-samples/" + importKind.slug + ".csv").getInputStream()) {
			return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(importKind.slug + ".csv").build().toString())
				.body(in.readAllBytes());
		}
	}

	private String page(AccountUser user, Model model, String errorField, String errorKey) {
		model.addAttribute("kinds", List.of(ImportKind.values()));
		model.addAttribute("programs", user.is(Role.ADMIN) ? queries.programs() : List.of());
		model.addAttribute("importErrorField", errorField);
		model.addAttribute("importErrorKey", errorKey);
		return "outcomes/imports";
	}
}
