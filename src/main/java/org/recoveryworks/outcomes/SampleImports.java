package org.recoveryworks.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.recoveryworks.accounts.AccountUser;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The sample files of docs/import.md, imported through the same checks as any file: the demo
 * program starts with a few participants, sessions, jobs, SSI/SSDI changes and follow-ups. The data generator
 * imports its files the same way.
 */
@Service
public class SampleImports {

	private final Imports imports;

	SampleImports(Imports imports) {
		this.imports = imports;
	}

	/**
	 * Imports one file of a kind ("participants", "sessions", "placements", "benefits", "follow-ups") into the
	 * supervisor's program, with the checks of the import page; answers what was wrong (then nothing was written).
	 */
	public List<String> importFile(AccountUser supervisor, String kind, byte[] content) {
		ImportKind k = ImportKind.ofSlug(kind);
		if (k == null) {
			throw new IllegalArgumentException("No import of " + kind);
		}
		Imports.Result result = imports.apply(supervisor, null, k, content);
		return result.errors().stream().map(e -> kind + " row " + e.row() + " " + e.column() + ": " + e.message()).toList();
	}

	/** Imports every sample file into the supervisor's program; answers what each import found wrong (nothing, normally). */
	public List<String> importInto(AccountUser supervisor) {
		List<String> problems = new ArrayList<>();
		for (ImportKind kind : ImportKind.values()) {
			try (InputStream in = new ClassPathResource("import-samples/" + kind.slug + ".csv").getInputStream()) {
				Imports.Result result = imports.apply(supervisor, null, kind, in.readAllBytes());
				result.errors().forEach(e -> problems.add(kind.slug + " row " + e.row() + " " + e.column() + ": " + e.message()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return problems;
	}
}
