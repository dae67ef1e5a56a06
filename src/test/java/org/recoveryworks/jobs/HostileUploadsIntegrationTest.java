package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile uploads: a zip bomb, an archive inside a Word file, huge XML, a wrong magic number, a PDF that runs
 * JavaScript. Each is refused with a plain message within a second, and nothing is stored.
 */
class HostileUploadsIntegrationTest extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JobBank jobBank;

	@Autowired
	Applications applications;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

	/** A ZIP archive of these entries (name, content), packed as hard as Deflate packs. */
	private static byte[] zip(Map<String, byte[]> entries) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			for (var e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
			}
		}
		return out.toByteArray();
	}

	private static Map<String, byte[]> word(String name, byte[] content) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put(name, content);
		entries.put("word/document.xml", "<w:document/>".getBytes());
		return entries;
	}

	@Test
	void hostileFilesAreRefusedQuicklyAndNeverStored() throws Exception {
		AccountUser seeker = data.seeker();
		PostingView posting = jobBank.find(jobBank.post(data.employer(true).organizationId(), data.posting("Night watch", List.of()), true).id());
		byte[] zeros = new byte[64 * 1024 * 1024];
		StringBuilder hugeXml = new StringBuilder("<w:document>");
		while (hugeXml.length() < 24 * 1024 * 1024) {
			hugeXml.append("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
		}
		Map<String, byte[]> hostile = new LinkedHashMap<>();
		hostile.put("zip bomb", zip(word("[Content_Types].xml", zeros)));
		hostile.put("archive inside", zip(word("word/embeddings/package.zip", ApplyIntegrationTest.docx())));
		hostile.put("huge XML", zip(Map.of("word/document.xml", hugeXml.toString().getBytes())));
		hostile.put("wrong magic", "<html><script>alert(1)</script></html>".getBytes());
		hostile.put("PDF with JavaScript", ("%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction 2 0 R >> endobj\n"
				+ "2 0 obj << /S /JavaScript /JS (app.alert('hi')) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes());
		Path uploads = Path.of("target", "test-uploads");
		long storedBefore = count(uploads);
		// Every form that takes a document: a résumé and a cover letter, a credential entry's certificate, a signed consent form.
		TestData.Program program = data.program();
		AccountUser coach = program.coach();
		Long type = jdbc.queryForObject("select id from credential_type where code = 'CT-RSS'", Long.class);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/credentials").param("typeId", type.toString())
			.with(user(coach)).with(csrf()));
		Long track = jdbc.queryForObject("select id from credential_track where account_id = ? and type_id = ?", Long.class, coach.id(), type);
		Long person = org.recoveryworks.coaching.Enrollments.enroll(mvc, coach, LocalDate.now(clock).minusDays(3), "Upload Person");
		Map<String, java.util.function.Function<byte[], org.springframework.test.web.servlet.RequestBuilder>> forms =
				new LinkedHashMap<>();
		forms.put("/jobs/{id}/apply resume", bytes -> multipart("/jobs/{id}/apply", posting.id())
			.file(new MockMultipartFile("resume", "resume.docx", "application/octet-stream", bytes))
			.param("fullName", "Sam Seeker").param("email", seeker.email()).with(user(seeker)).with(csrf()));
		forms.put("/jobs/{id}/apply coverLetter", bytes -> multipart("/jobs/{id}/apply", posting.id())
			.file(new MockMultipartFile("coverLetter", "letter.docx", "application/octet-stream", bytes))
			.param("fullName", "Sam Seeker").param("email", seeker.email()).with(user(seeker)).with(csrf()));
		forms.put("/credentials/{id}/entries certificate", bytes -> multipart("/credentials/{id}/entries", track)
			.file(new MockMultipartFile("certificate", "certificate.pdf", "application/pdf", bytes)).param("kind", "TRAINING")
			.param("hours", "6").param("doneOn", LocalDate.now(clock).minusDays(1).toString()).param("description", "Hostile certificate")
			.with(user(coach)).with(csrf()));
		forms.put("/coach/participants/{id}/consents signedForm", bytes -> multipart("/coach/participants/{id}/consents", person)
			.file(new MockMultipartFile("signedForm", "signed.pdf", "application/pdf", bytes)).param("discloser", "Shoreline Peer Employment")
			.param("information", "SESSION_ATTENDANCE").param("description", "Whether the person comes.").param("recipientName", "Jordan Fields")
			.param("purpose", "To plan support at work.").param("signedOn", LocalDate.now(clock).toString()).param("toldRightToRevoke", "true")
			.param("expiresOn", LocalDate.now(clock).plusMonths(6).toString()).with(user(coach)).with(csrf()));
		Map<String, Long> rowsBefore = org.recoveryworks.DatabaseTables.counts(jdbc);
		for (var form : forms.entrySet()) {
			for (var file : hostile.entrySet()) {
				long started = System.nanoTime();
				var answer = mvc.perform(form.getValue().apply(file.getValue())).andReturn().getResponse();
				long millis = (System.nanoTime() - started) / 1_000_000;
				String said = answer.getContentAsString() + answer.getRedirectedUrl() + org.jsoup.Jsoup.parse(answer.getContentAsString()).text();
				assertThat(said).as("%s: %s", form.getKey(), file.getKey()).containsAnyOf("Only PDF or Word (.docx) files can be uploaded.",
						"packed in a way we cannot accept", "runs scripts or programs", "Only PDF, PNG or JPEG files can be uploaded.");
				assertThat(millis).as("%s: %s answered in %d ms", form.getKey(), file.getKey(), millis).isLessThan(1000);
			}
		}
		assertThat(applications.statusBoard(seeker)).isEmpty();
		assertThat(count(uploads)).isEqualTo(storedBefore);
		Map<String, Long> rowsAfter = org.recoveryworks.DatabaseTables.counts(jdbc);
		rowsAfter.remove("form_submission");
		rowsBefore.remove("form_submission");
		assertThat(rowsAfter).as("nothing of a refused upload is saved").isEqualTo(rowsBefore);
	}

	/** Every handler that takes a file is in the hostile set above, or says here why it is not a document. */
	@Test
	void everyFormThatTakesAFileIsInTheHostileSet() {
		java.util.Set<String> covered = java.util.Set.of("/jobs/{id}/apply", "/credentials/{id}/entries", "/coach/participants/{id}/consents",
				// A spreadsheet read as text, row by row, and never kept: not a document anyone opens.
				"/imports/check");
		java.util.Set<String> found = new java.util.TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			boolean takesFile = java.util.Arrays.stream(handler.getMethodParameters()).anyMatch(p -> {
				Class<?> type = p.getParameterType();
				return org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(type) || java.util.Arrays.stream(
						org.springframework.beans.BeanUtils.getPropertyDescriptors(type))
					.anyMatch(d -> d.getPropertyType() != null && org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(d.getPropertyType()));
			});
			if (takesFile) {
				found.addAll(info.getPatternValues());
			}
		});
		assertThat(found).isNotEmpty();
		assertThat(covered).containsAll(found);
	}

	private static long count(Path dir) throws Exception {
		if (!Files.exists(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).count();
		}
	}
}
