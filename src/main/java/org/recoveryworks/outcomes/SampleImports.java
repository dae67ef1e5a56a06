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
 * program starts with a few participants, sessions, jobs, SSI/SSDI changes and follow-ups.
 */
@Service
public class SampleImports {

	private final Imports imports;

	SampleImports(Imports imports) {
		this.imports = imports;
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
