package org.recoveryworks.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.jobs.JobBank;
import org.recoveryworks.shared.RecoveryWorksProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Backup, change things, restore: the data, the uploaded documents, the search index and the audit
 * chain are as they were at the backup; new rows still get fresh ids. Runs on H2 and (in CI) on PostgreSQL.
 */
@org.junit.jupiter.api.Tag("database")
class BackupRoundTripIntegrationTest extends IntegrationTest {

	@Autowired
	Backups backups;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	JobBank jobBank;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecoveryWorksProperties properties;

	@Autowired
	org.recoveryworks.audit.AuditChain chain;

	@TempDir
	Path dir;

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("user_account", "organization", "posting", "job_application", "application_document", "participant",
				"audit_entry", "consent", "credential_track", "program_listing")) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	@Test
	void aBackupRestoresEverythingAsItWas() throws Exception {
		AccountUser seeker = data.seeker();
		AccountUser employer = data.employer(true);
		String title = "Backup Tester " + TestData.next();
		Long postingId = jobBank.post(employer.organizationId(), data.posting(title, List.of()), true).id();
		mvc.perform(multipart("/jobs/{id}/apply", postingId)
				.file(new MockMultipartFile("resume", "resume.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes()))
				.param("fullName", "Sam Seeker").param("email", seeker.email()).with(user(seeker)).with(csrf()))
			.andExpect(redirectedUrl("/my/applications"));
		String key = jdbc.queryForObject("select d.storage_key from application_document d join job_application a on d.application_id = a.id"
				+ " where a.posting_id = ?", String.class, postingId);
		Path resume = Path.of(properties.uploadDir()).toAbsolutePath().resolve(key.substring(0, 2)).resolve(key);
		assertThat(resume).exists();
		chain.seal();
		Map<String, Long> before = counts();

		Path file = dir.resolve("backups/recoveryworks.zip");
		Backups.Summary made = backups.backup(file);
		assertThat(file).exists();
		assertThat(made.rows()).isPositive();
		assertThat(made.files()).isPositive();

		// After the backup: a new account, a changed title, a lost file.
		AccountUser later = data.seeker();
		jdbc.update("update posting set title = 'Changed after the backup' where id = ?", postingId);
		Files.delete(resume);

		Backups.Summary restored = backups.restore(file);
		assertThat(restored.rows()).isEqualTo(made.rows());
		assertThat(counts()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from user_account where id = ?", Integer.class, later.id())).isZero();
		assertThat(jdbc.queryForObject("select title from posting where id = ?", String.class, postingId)).isEqualTo(title);
		assertThat(resume).exists();
		// The search index was rebuilt from the restored rows.
		mvc.perform(get("/api/v1/jobs").param("q", title)).andExpect(jsonPath("$.hits[0].title").value(title));
		// The audit chain is whole, and new rows get new ids.
		assertThat(chain.verify().intact()).isTrue();
		AccountUser after = data.seeker();
		assertThat(after.id()).isGreaterThan(later.id() - 1);
		assertThat(accounts.find(seeker.id())).isPresent();
	}

	@Test
	void aFileThatIsNoBackupIsRefusedAndChangesNothing() throws Exception {
		Path notABackup = dir.resolve("not-a-backup.zip");
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(notABackup))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
			zip.write("hello".getBytes());
		}
		long users = jdbc.queryForObject("select count(*) from user_account", Long.class);
		assertThatThrownBy(() -> backups.restore(notABackup)).hasMessageContaining("not a RecoveryWorks backup");
		assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(users);
	}
}
