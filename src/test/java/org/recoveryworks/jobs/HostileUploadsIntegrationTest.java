package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
		for (var file : hostile.entrySet()) {
			long started = System.nanoTime();
			String page = mvc.perform(multipart("/jobs/{id}/apply", posting.id())
				.file(new MockMultipartFile("resume", "resume.docx", "application/octet-stream", file.getValue()))
				.param("fullName", "Sam Seeker").param("email", seeker.email()).with(user(seeker)).with(csrf()))
				.andReturn().getResponse().getContentAsString();
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(page).as(file.getKey()).containsAnyOf("Only PDF or Word (.docx) files can be uploaded.",
					"packed in a way we cannot accept", "runs scripts or programs");
			assertThat(millis).as("%s answered in %d ms", file.getKey(), millis).isLessThan(1000);
		}
		assertThat(applications.statusBoard(seeker)).isEmpty();
		assertThat(count(uploads)).isEqualTo(storedBefore);
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
