package org.recoveryworks.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.recoveryworks.TestData;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.shared.mail.DevMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail against someone who can write to the database but has not the audit key: edited,
 * forged, re-linked, removed and unsealed entries are all found, a check never seals anything, and
 * the checkpoints kept outside the database catch a shortened trail even when its head was sealed
 * again with the key. Each test puts back what it changed (the database is shared), and marks the
 * rows it forges.
 */
@org.junit.jupiter.api.Tag("database")
class AuditChainIntegrationTest extends IntegrationTest {

	private static final String FORGED = "forged by a test";
	private static final String ALL = AuditSeals.COLUMNS + ", chain_seq, hash, entry_mac";

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditChain chain;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	CheckpointFiles files;

	@Autowired
	AuditSeals seals;

	@Autowired
	Accounts accounts;

	@Autowired
	DevMailbox mailbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeForgedRowsAndCheckTheTrailIsWholeAgain() {
		jdbc.update("delete from audit_entry where detail = ?", FORGED);
		chain.seal();
		AuditChain.Verification after = chain.verify();
		assertThat(after.intact()).as(after.describe()).isTrue();
	}

	private AuditChain.Verification sealedAndIntact() {
		while (chain.seal() > 0) {
			// all of it
		}
		AuditChain.Verification v = chain.verify();
		assertThat(v.intact()).as(v.describe()).isTrue();
		assertThat(v.waiting()).isZero();
		return v;
	}

	private Map<String, Object> head() {
		return jdbc.queryForMap("select last_seq, last_hash, head_mac, scheme from audit_chain_head where id = 1");
	}

	private void putBack(Map<String, Object> head) {
		jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ?, head_mac = ?, scheme = ? where id = 1", head.get("last_seq"),
				head.get("last_hash"), head.get("head_mac"), head.get("scheme"));
	}

	private Map<String, Object> row(long id) {
		return jdbc.queryForMap("select " + ALL + " from audit_entry where id = ?", id);
	}

	private void insert(Map<String, Object> row) {
		jdbc.update("insert into audit_entry (" + ALL + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("at"),
				row.get("actor_id"), row.get("actor_role"), row.get("action"), row.get("record_type"), row.get("record_id"),
				row.get("participant_id"), row.get("from_address"), row.get("detail"), row.get("chain_seq"), row.get("hash"),
				row.get("entry_mac"));
	}

	/** A row as someone with the database would add it: plausible content, any id, no seal unless given. */
	private long forge(Long chainSeq, String hash, String entryMac) {
		long id = jdbc.queryForObject("select max(id) from audit_entry", Long.class) + 1000 + TestData.next();
		jdbc.update("insert into audit_entry (id, at, actor_id, actor_role, action, record_type, record_id, participant_id, from_address,"
				+ " detail, chain_seq, hash, entry_mac) values (?, ?, 1, 'COACH', 'READ', 'participant', 11, 11, '10.0.0.1', ?, ?, ?, ?)", id,
				Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS)), FORGED, chainSeq, hash, entryMac);
		return id;
	}

	private Long chainSeq(long id) {
		return jdbc.queryForObject("select chain_seq from audit_entry where id = ?", Long.class, id);
	}

	@Test
	void anEditedEntryBreaksTheChainWhereItWasEdited() {
		audit.record(1L, "COACH", AuditTrail.Action.READ, "participant", 11L, 11L);
		audit.record(1L, "COACH", AuditTrail.Action.UPDATE, "participant", 11L, 11L);
		audit.recordEvent(2L, "SEEKER", AuditTrail.Action.SIGN_IN, "sign-in", 2L, null);
		AuditChain.Verification before = sealedAndIntact();
		assertThat(before.entries()).isGreaterThanOrEqualTo(3);

		Long edited = jdbc.queryForObject("select max(id) from audit_entry where action = 'UPDATE' and participant_id = 11", Long.class);
		jdbc.update("update audit_entry set action = 'READ' where id = ?", edited);
		AuditChain.Verification after = chain.verify();
		assertThat(after.intact()).isFalse();
		assertThat(after.brokenAtId()).isEqualTo(edited);
		assertThat(after.describe()).contains("entry id " + edited).contains("was changed");

		// Linking the edited entry again the old way (plain SHA-256, no key) does not hide it.
		String hash = jdbc.queryForObject("select hash from audit_entry where id = ?", String.class, edited);
		long seq = chainSeq(edited);
		String before2 = jdbc.queryForObject("select hash from audit_entry where chain_seq = ?", String.class, seq - 1);
		jdbc.update("update audit_entry set hash = ? where id = ?", AuditSeals.legacyHash(before2, seq, row(edited)), edited);
		AuditChain.Verification rehashed = chain.verify();
		assertThat(rehashed.intact()).isFalse();
		assertThat(rehashed.brokenAtSequence()).isEqualTo(seq);
		jdbc.update("update audit_entry set action = 'UPDATE', hash = ? where id = ?", hash, edited);
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void aForgedEntryWithoutASequenceNumberIsReportedAndNeverSealed() throws Exception {
		sealedAndIntact();
		long noSeal = forge(null, null, null);
		long plainSeal = forge(null, null, null);
		jdbc.update("update audit_entry set entry_mac = ? where id = ?", AuditSeals.legacyHash("", 0, row(plainSeal)), plainSeal);
		long otherKey = forge(null, null, null);
		jdbc.update("update audit_entry set entry_mac = ? where id = ?", new AuditSeals("some-other-key-of-at-least-32-chars").entry(row(otherKey)),
				otherKey);

		AuditChain.Verification found = chain.verify();
		assertThat(found.intact()).isFalse();
		assertThat(found.describe()).contains("Entry id " + noSeal).contains("entry id " + plainSeal).contains("entry id " + otherKey)
			.contains("no valid seal: the application did not write them");
		assertThat(found.brokenAtId()).isEqualTo(noSeal);

		// Neither the sealer, nor the check (on the page or the command's), nor a checkpoint links them.
		AccountUser officer = accounts.createPrivacyOfficer("officer" + TestData.next() + "@example.org", TestData.PASSWORD, "Officer");
		mvc.perform(post("/privacy/audit/verify").with(user(officer)).with(csrf())).andExpect(flash().attributeExists("chainBroken"));
		audit.record(1L, "COACH", AuditTrail.Action.READ, "participant", 12L, 12L);
		assertThat(chain.seal()).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where participant_id = 12 and chain_seq is null", Integer.class))
			.isZero();
		assertThat(checkpoints.save().saved()).isFalse();
		for (long id : List.of(noSeal, plainSeal, otherKey)) {
			assertThat(chainSeq(id)).as("entry %d", id).isNull();
		}
		assertThat(chain.verify().intact()).isFalse();
	}

	@Test
	void anEntryAddedPastTheHeadIsReportedAndNothingIsLinkedAfterIt() {
		sealedAndIntact();
		Map<String, Object> head = head();
		long last = ((Number) head.get("last_seq")).longValue();
		long forged = forge(last + 1, null, null);
		jdbc.update("update audit_entry set hash = ? where id = ?", AuditSeals.legacyHash((String) head.get("last_hash"), last + 1, row(forged)),
				forged);

		AuditChain.Verification found = chain.verify();
		assertThat(found.intact()).isFalse();
		assertThat(found.describe()).contains("Entry id " + forged + " (link " + (last + 1) + ") is numbered past the head");
		assertThat(found.brokenAtSequence()).isEqualTo(last + 1);

		// The sealer does not link after a row it did not seal.
		audit.record(1L, "COACH", AuditTrail.Action.READ, "participant", 13L, 13L);
		assertThat(chain.seal()).isZero();
		assertThat(head()).isEqualTo(head);
	}

	@Test
	void aChainRecomputedWithoutTheKeyIsReported() {
		for (int i = 0; i < 4; i++) {
			audit.record(1L, "COACH", AuditTrail.Action.READ, "participant", 14L, 14L);
		}
		sealedAndIntact();
		Map<String, Object> head = head();
		long last = ((Number) head.get("last_seq")).longValue();
		List<Map<String, Object>> tail = jdbc.queryForList("select " + ALL + " from audit_entry where chain_seq > ? order by chain_seq", last - 4);
		long edited = ((Number) tail.get(0).get("id")).longValue();
		long editedSeq = last - 3;

		for (AuditSeals attacker : java.util.Arrays.asList(new AuditSeals("a-key-that-is-not-the-deployments-one"), null)) {
			jdbc.update("update audit_entry set participant_id = 15, record_id = 15 where id = ?", edited);
			String previous = jdbc.queryForObject("select hash from audit_entry where chain_seq = ?", String.class, editedSeq - 1);
			for (Map<String, Object> original : tail) {
				long id = ((Number) original.get("id")).longValue();
				long seq = ((Number) original.get("chain_seq")).longValue();
				Map<String, Object> now = row(id);
				previous = attacker == null ? AuditSeals.legacyHash(previous, seq, now) : attacker.link(previous, seq, now);
				jdbc.update("update audit_entry set hash = ?, entry_mac = ? where id = ?", previous,
						attacker == null ? null : attacker.entry(now), id);
			}
			jdbc.update("update audit_chain_head set last_hash = ?, head_mac = ? where id = 1", previous,
					attacker == null ? null : attacker.head(last, previous));

			AuditChain.Verification found = chain.verify();
			assertThat(found.intact()).isFalse();
			assertThat(found.brokenAtSequence()).isEqualTo(editedSeq);
			assertThat(found.brokenAtId()).isEqualTo(edited);
			assertThat(found.describe()).contains("link " + editedSeq + " (entry id " + edited + ")")
				.contains("the links were made again without the key").contains("head of the chain was changed");

			for (Map<String, Object> original : tail) {
				jdbc.update("update audit_entry set participant_id = ?, record_id = ?, hash = ?, entry_mac = ? where id = ?",
						original.get("participant_id"), original.get("record_id"), original.get("hash"), original.get("entry_mac"),
						original.get("id"));
			}
			putBack(head);
			assertThat(chain.verify().intact()).isTrue();
		}
	}

	@Test
	void aTruncatedTailIsReportedAndTheCheckpointCatchesItEvenWithTheHeadSealedAgain() {
		for (int i = 0; i < 3; i++) {
			audit.record(1L, "COACH", AuditTrail.Action.READ, "participant", 16L, 16L);
		}
		sealedAndIntact();
		Map<String, Object> head = head();
		long last = ((Number) head.get("last_seq")).longValue();
		List<Map<String, Object>> removed = jdbc.queryForList("select " + ALL + " from audit_entry where chain_seq > ? order by chain_seq",
				last - 3);
		String remaining = jdbc.queryForObject("select hash from audit_entry where chain_seq = ?", String.class, last - 3);
		Runnable truncate = () -> {
			jdbc.update("delete from audit_entry where chain_seq > ?", last - 3);
			jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", last - 3, remaining);
		};
		Runnable putBack = () -> {
			removed.forEach(this::insert);
			putBack(head);
		};

		// The head moved back with its seal left as it was, or without one: it is not the application's.
		truncate.run();
		AuditChain.Verification kept = chain.verify();
		assertThat(kept.intact()).isFalse();
		assertThat(kept.describe()).contains("head of the chain was changed");
		jdbc.update("update audit_chain_head set head_mac = null where id = 1");
		assertThat(chain.verify().describe()).contains("head of the chain was changed");
		putBack.run();
		assertThat(chain.verify().intact()).isTrue();

		// With a checkpoint outside the database, even the key (here, the test's) cannot make a shorter trail pass.
		CheckpointFiles.Checkpoint checkpoint = checkpoints.save().checkpoint();
		assertThat(checkpoint.sequence()).isEqualTo(last);
		truncate.run();
		jdbc.update("update audit_chain_head set head_mac = ? where id = 1", seals.head(last - 3, remaining));
		AuditChain.Verification shortened = chain.verify();
		assertThat(shortened.intact()).isFalse();
		assertThat(shortened.problems()).hasSize(1);
		assertThat(shortened.reason()).contains("rewritten or shortened since the checkpoint").contains("(link " + last);
		putBack.run();
		AuditChain.Verification whole = chain.verify();
		assertThat(whole.intact()).as(whole.describe()).isTrue();
		assertThat(whole.describe()).contains("It matches the checkpoint of");
	}

	@Test
	void anUnsealedRowThatWasChangedOrLostItsSealIsReportedAndNeverLinked() {
		sealedAndIntact();
		audit.record(1L, "COACH", AuditTrail.Action.UPDATE, "participant", 17L, 17L);
		long id = jdbc.queryForObject("select max(id) from audit_entry where participant_id = 17", Long.class);
		AuditChain.Verification waiting = chain.verify();
		assertThat(waiting.intact()).as(waiting.describe()).isTrue();
		assertThat(waiting.waiting()).isEqualTo(1);
		assertThat(waiting.describe()).contains("1 waiting to be sealed");

		jdbc.update("update audit_entry set action = 'READ' where id = ?", id);
		AuditChain.Verification changed = chain.verify();
		assertThat(changed.intact()).isFalse();
		assertThat(changed.brokenAtId()).isEqualTo(id);
		assertThat(changed.reason()).isEqualTo("Entry id " + id + " has no place in the chain and no valid seal: the application did not"
				+ " write it.");
		assertThat(chain.seal()).isZero();
		assertThat(chainSeq(id)).isNull();

		jdbc.update("update audit_entry set action = 'UPDATE' where id = ?", id);
		String seal = jdbc.queryForObject("select entry_mac from audit_entry where id = ?", String.class, id);
		jdbc.update("update audit_entry set entry_mac = null where id = ?", id);
		assertThat(chain.verify().brokenAtId()).isEqualTo(id);
		assertThat(chain.seal()).isZero();

		jdbc.update("update audit_entry set entry_mac = ? where id = ?", seal, id);
		assertThat(chain.seal()).isEqualTo(1);
		assertThat(chainSeq(id)).isNotNull();
	}

	@Test
	void aCheckpointIsSignedKeptOutsideTheDatabaseAndMailedToEachPrivacyOfficer() throws Exception {
		AccountUser officer = accounts.createPrivacyOfficer("officer" + TestData.next() + "@example.org", TestData.PASSWORD, "Officer");
		AccountUser gone = accounts.createPrivacyOfficer("former-officer" + TestData.next() + "@example.org", TestData.PASSWORD, "Former");
		jdbc.update("update user_account set deactivated_at = ? where id = ?", Timestamp.from(Instant.now(clock)), gone.id());
		// Another officer chose Spanish: their copy is in Spanish, whoever asks for the checkpoint.
		AccountUser spanish = accounts.createPrivacyOfficer("oficial" + TestData.next() + "@example.org", TestData.PASSWORD, "Oficial");
		jdbc.update("update user_account set language = 'es' where id = ?", spanish.id());
		audit.record(1L, "COACH", AuditTrail.Action.READ, "participant", 18L, 18L);

		mvc.perform(post("/privacy/audit/checkpoint").with(user(officer)).with(csrf()))
			.andExpect(flash().attributeExists("checkpointSaved"));
		Map<String, Object> head = head();
		long last = ((Number) head.get("last_seq")).longValue();
		Path file = newest();
		assertThat(file.getParent()).isEqualTo(files.directory());
		assertThat(Files.readString(file)).contains("link: " + last + "\n").contains("hash: " + head.get("last_hash") + "\n")
			.containsPattern("signature: [0-9a-f]{64}\n");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_id = ? and record_type = 'audit checkpoint'"
				+ " and record_id = ?", Integer.class, officer.id(), last)).isEqualTo(1);

		for (String to : List.of(officer.email(), "privacy@recoveryworks.example.org")) {
			DevMailbox.Message mail = mailbox.to(to).get(0);
			assertThat(mail.subject()).contains("Audit trail checkpoint");
			assertThat(mail.body()).startsWith("Keep this e-mail: it lets you prove later that the audit trail was not changed.")
				.contains((String) head.get("last_hash")).contains("link " + last + ",");
		}
		assertThat(mailbox.to(gone.email())).isEmpty();
		DevMailbox.Message inSpanish = mailbox.to(spanish.email()).get(0);
		assertThat(inSpanish.subject()).startsWith("Punto de control del registro de auditoría de");
		assertThat(inSpanish.body()).contains((String) head.get("last_hash"));

		// A checkpoint changed after it was written (here: a longer trail claimed) is not the application's.
		Path tampered = file.resolveSibling(CheckpointFiles.PREFIX + "tampered.txt");
		Files.writeString(tampered, Files.readString(file).replace("link: " + last + "\n", "link: " + (last + 50) + "\n"));
		try {
			AuditChain.Verification found = chain.verify();
			assertThat(found.intact()).isFalse();
			assertThat(found.reason()).isEqualTo("The checkpoint file " + tampered.getFileName() + " is not signed with the audit key: it was"
					+ " changed, or the application did not write it.");
		}
		finally {
			Files.delete(tampered);
		}
		assertThat(chain.verify().intact()).isTrue();

		// No checkpoint of a broken trail: the privacy officers are told instead.
		forge(null, null, null);
		mvc.perform(post("/privacy/audit/checkpoint").with(user(officer)).with(csrf()))
			.andExpect(flash().attributeExists("chainBroken")).andExpect(flash().attributeExists("checkpointRefused"));
		assertThat(newest()).isEqualTo(file);
		assertThat(mailbox.to(officer.email()).get(0).subject()).isEqualTo("The audit trail check failed");
	}

	private Path newest() throws Exception {
		try (Stream<Path> list = Files.list(files.directory())) {
			return list.filter(p -> p.getFileName().toString().startsWith(CheckpointFiles.PREFIX))
				.max(java.util.Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
		}
	}

	@Test
	void aTrailSealedBeforeTheKeyIsSealedAgainWithItOnlyIfItsOldChainHolds() {
		sealedAndIntact();
		Map<String, Object> head = head();
		List<Map<String, Object>> keyed = jdbc.queryForList("select id, chain_seq, hash, entry_mac from audit_entry order by chain_seq");
		// The trail as the previous version left it: plain SHA-256 links, no entry seals, no head seal.
		String previous = "";
		List<Object[]> plain = new ArrayList<>();
		for (Map<String, Object> r : jdbc.queryForList("select " + ALL + " from audit_entry order by chain_seq")) {
			previous = AuditSeals.legacyHash(previous, ((Number) r.get("chain_seq")).longValue(), r);
			plain.add(new Object[] { previous, r.get("id") });
		}
		jdbc.batchUpdate("update audit_entry set hash = ?, entry_mac = null where id = ?", plain);
		jdbc.update("update audit_chain_head set last_hash = ?, head_mac = null, scheme = 1 where id = 1", previous);
		assertThat(chain.verify().reason()).contains("not sealed with the audit key yet");

		// Broken before the upgrade: left as it is, and reported.
		long edited = ((Number) keyed.get(keyed.size() / 2).get("id")).longValue();
		String role = jdbc.queryForObject("select actor_role from audit_entry where id = ?", String.class, edited);
		// A value no entry has, so the edit always changes it.
		jdbc.update("update audit_entry set actor_role = 'TAMPERED' where id = ?", edited);
		chain.upgradeAtStartUp();
		assertThat(head().get("scheme")).isEqualTo(1);
		assertThat(chain.seal()).isZero();
		assertThat(chain.verify().reason()).contains("entry id " + edited).contains("before the audit key");

		// Intact: sealed again with the key, link for link as the application would have.
		jdbc.update("update audit_entry set actor_role = ? where id = ?", role, edited);
		chain.upgradeAtStartUp();
		assertThat(head()).isEqualTo(head);
		assertThat(jdbc.queryForList("select id, chain_seq, hash, entry_mac from audit_entry order by chain_seq")).isEqualTo(keyed);
	}
}
