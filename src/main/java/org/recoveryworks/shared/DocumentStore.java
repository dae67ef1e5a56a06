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
import java.util.zip.ZipInputStream;

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
			return PDF;
		}
		if (startsWith(head, new byte[] { 'P', 'K', 3, 4 }) && isWordDocument(file)) {
			return DOCX;
		}
		throw new RuleViolation(field, "apply.file.type", "Only PDF or Word (.docx) files can be uploaded.");
	}

	/** The checked content type of a scan or certificate (PDF, PNG or JPEG), or a refusal naming the form field. */
	public String checkScan(String field, MultipartFile file) {
		byte[] head = head(field, file);
		if (startsWith(head, "%PDF-".getBytes())) {
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

	private static boolean isWordDocument(MultipartFile file) {
		try (ZipInputStream zip = new ZipInputStream(file.getInputStream())) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < 1000) {
				if ("word/document.xml".equals(entry.getName())) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException e) {
			return false;
		}
	}
}
