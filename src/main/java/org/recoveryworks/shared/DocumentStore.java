package org.recoveryworks.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.ZipEntry;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps uploaded documents (résumés, cover letters, training certificates) on disk outside the web
 * root. The type is checked from the content (a PDF header, a ZIP holding a Word document, a PNG or
 * JPEG signature), never from the name or the browser's word.
 */
@Component
public class DocumentStore {

	public static final long MAX_BYTES = 5L * 1024 * 1024;
	public static final String PDF = "application/pdf";
	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	public static final String PNG = "image/png";
	public static final String JPEG = "image/jpeg";

	private final Path root;

	DocumentStore(RecoveryWorksProperties properties) {
		this.root = Path.of(properties.uploadDir()).toAbsolutePath().normalize();
	}

	/** The checked content type of a document (PDF or Word), or a refusal naming the form field. */
	public String check(String field, MultipartFile file) {
		byte[] head = head(field, file);
		if (startsWith(head, "%PDF-".getBytes())) {
			if (hasActiveContent(file)) {
				throw new RuleViolation(field, "upload.pdf.active", "This PDF runs scripts or programs. Save it again without them, or print it to a new PDF.");
			}
			return PDF;
		}
		if (startsWith(head, new byte[] { 'P', 'K', 3, 4 }) && isWordDocument(field, file)) {
			return DOCX;
		}
		throw new RuleViolation(field, "apply.file.type", "Only PDF or Word (.docx) files can be uploaded.");
	}

	/** The checked content type of a scan or certificate (PDF, PNG or JPEG), or a refusal naming the form field. */
	public String checkScan(String field, MultipartFile file) {
		byte[] head = head(field, file);
		if (startsWith(head, "%PDF-".getBytes())) {
			// A certificate or a signed form is opened by staff as any PDF is: the same refusal of scripts and programs.
			if (hasActiveContent(file)) {
				throw new RuleViolation(field, "upload.pdf.active", "This PDF runs scripts or programs. Save it again without them, or print it to a new PDF.");
			}
			return PDF;
		}
		if (startsWith(head, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return PNG;
		}
		if (startsWith(head, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return JPEG;
		}
		throw new RuleViolation(field, "upload.scan.type", "Only PDF, PNG or JPEG files can be uploaded.");
	}

	private static byte[] head(String field, MultipartFile file) {
		if (file.getSize() > MAX_BYTES) {
			throw new RuleViolation(field, "apply.file.tooLarge", "The file is larger than 5 MB.");
		}
		byte[] head = new byte[8];
		try (InputStream in = file.getInputStream()) {
			int n = in.readNBytes(head, 0, head.length);
			return Arrays.copyOf(head, n);
		}
		catch (IOException e) {
			throw new RuleViolation(field, "apply.file.unreadable", "The file could not be read.");
		}
	}

	/** Saves the file; if the surrounding transaction rolls back, the file is removed again. */
	public String store(MultipartFile file) {
		String key = UUID.randomUUID().toString();
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store an uploaded document", e);
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						delete(key);
					}
				}
			});
		}
		return key;
	}

	public Resource load(String key) {
		return new FileSystemResource(resolve(key));
	}

	/** Removes the file once the surrounding transaction commits (nothing is removed if it rolls back). */
	public void deleteAfterCommit(String key) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			delete(key);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				delete(key);
			}
		});
	}

	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException e) {
			// Nothing to do: an orphan file holds no reference to anyone.
		}
	}

	private Path resolve(String key) {
		if (!key.matches("[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("Bad storage key");
		}
		return root.resolve(key.substring(0, 2)).resolve(key);
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (data[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** The most entries, the largest entry and the largest total a Word document may say it unpacks to. */
	static final int MAX_ENTRIES = 1000;
	static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
	static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
	/** How much smaller than its text an entry may be packed: far beyond what Word writes, far below a zip bomb's. */
	static final long MAX_RATIO = 100;
	private static final java.util.regex.Pattern NESTED_ARCHIVE = java.util.regex.Pattern
		.compile("(?i).*\\.(zip|jar|docx|docm|xlsx|xlsm|pptx|pptm|odt|7z|gz|rar|tar)$");

	/**
	 * A Word document: a ZIP archive whose central directory (read without unpacking anything, so a zip bomb
	 * costs nothing) lists word/document.xml, within the limits on entries and sizes, with no archive inside it.
	 */
	private static boolean isWordDocument(String field, MultipartFile file) {
		Path copy = null;
		try {
			copy = Files.createTempFile("rw-upload-", ".zip");
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(copy.toFile())) {
				if (zip.size() > MAX_ENTRIES) {
					throw archiveRefused(field);
				}
				boolean document = false;
				long total = 0;
				for (var entries = zip.entries(); entries.hasMoreElements();) {
					ZipEntry entry = entries.nextElement();
					long size = entry.getSize();
					long packed = entry.getCompressedSize();
					total += Math.max(0, size);
					if (size < 0 || size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES || (packed > 0 && size / packed > MAX_RATIO)
							|| (packed == 0 && size > 0) || NESTED_ARCHIVE.matcher(entry.getName()).matches()) {
						throw archiveRefused(field);
					}
					document |= "word/document.xml".equals(entry.getName());
				}
				return document;
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return false;
		}
		finally {
			if (copy != null) {
				try {
					Files.deleteIfExists(copy);
				}
				catch (IOException e) {
					// A temporary file: the system's cleaning removes it.
				}
			}
		}
	}

	private static RuleViolation archiveRefused(String field) {
		return new RuleViolation(field, "upload.docx.refused",
				"This Word file is packed in a way we cannot accept (too large inside, or with other files in it). Save it again, or as a PDF.");
	}

	/** PDF actions that run something when the file is opened: scripts, launched programs. */
	private static final byte[][] ACTIVE = { "/JavaScript".getBytes(), "/JS".getBytes(), "/Launch".getBytes(), "/EmbeddedFile".getBytes() };

	private static boolean hasActiveContent(MultipartFile file) {
		try (InputStream in = file.getInputStream()) {
			byte[] all = in.readNBytes((int) MAX_BYTES + 1);
			for (byte[] token : ACTIVE) {
				if (indexOf(all, token) >= 0) {
					return true;
				}
			}
			return false;
		}
		catch (IOException e) {
			return true;
		}
	}

	private static int indexOf(byte[] data, byte[] token) {
		outer: for (int i = 0; i + token.length <= data.length; i++) {
			for (int j = 0; j < token.length; j++) {
				if (data[i + j] != token[j]) {
					continue outer;
				}
			}
			// "/JS" must end there ("/JSON" is no script).
			int after = i + token.length;
			if (after < data.length && Character.isLetterOrDigit(data[after])) {
				continue;
			}
			return i;
		}
		return -1;
	}
}
