package org.recoveryworks.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import org.recoveryworks.accounts.AccountUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;

/** Imports for machine clients: the CSV file is the request body. SUPERVISOR and ADMIN tokens only. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportsApiController {

	/** The answer to an import: what it found or did. */
	record ImportResponse(String kind, int rows, int toAdd, int alreadyImported, boolean applied) {
	}

	private final Imports imports;
	private final OutcomesSettings settings;

	ImportsApiController(Imports imports, OutcomesSettings settings) {
		this.imports = imports;
		this.settings = settings;
	}

	@Operation(summary = "Import a CSV file (participants, sessions, placements, benefits, follow-ups)",
			description = "Send the file as the body (text/csv, UTF-8). With dryRun=true nothing is written. An import with"
					+ " any invalid row writes nothing and answers 422 with the errors by row and column. Rows whose"
					+ " external_id was imported before are skipped. Administrators name the program.")
	@PostMapping(path = "/{kind}", consumes = { "text/csv", "text/plain", "application/octet-stream" })
	ResponseEntity<?> importFile(@AuthenticationPrincipal AccountUser user, @PathVariable String kind,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) Long program,
			HttpServletRequest request) throws IOException {
		ImportKind importKind = ImportKind.ofSlug(kind);
		if (importKind == null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"Unknown kind of import. Use participants, sessions, placements, benefits or follow-ups.");
			problem.setTitle("Not found");
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
		}
		long max = settings.importMaxSize().toBytes();
		byte[] content;
		try (InputStream in = request.getInputStream()) {
			content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		}
		Imports.Result result;
		try {
			result = dryRun ? imports.check(user, program, importKind, content) : imports.apply(user, program, importKind, content);
		}
		catch (DataIntegrityViolationException e) {
			// The same rows went in at the same moment from another request: answer what the file holds now.
			result = imports.check(user, program, importKind, content);
		}
		if (!result.ok()) {
			HttpStatus status = content.length > max ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT;
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					"The file has " + result.errors().size() + " problem(s); nothing was imported. See errors: row (1 is the header), column, message.");
			problem.setTitle("Import refused");
			problem.setType(URI.create("urn:recoveryworks:problem:import-refused"));
			problem.setProperty("errors", result.errors().stream()
				.map(e -> Map.of("row", e.row(), "column", e.column(), "message", e.message())).toList());
			return ResponseEntity.status(status).body(problem);
		}
		return ResponseEntity.ok(new ImportResponse(importKind.slug, result.rows(), result.toAdd(), result.alreadyImported(),
				result.applied()));
	}
}
