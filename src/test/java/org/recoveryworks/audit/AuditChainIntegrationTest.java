package org.recoveryworks.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoveryworks.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit trail's hash chain: sealed in order, and any edited, removed or re-hashed entry is found. */
class AuditChainIntegrationTest extends IntegrationTest {

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEditedEntryBreaksTheChainWhereItWasEdited() {
		audit.record(1L, "COACH", AuditTrail.Action.READ, "participant", 11L, 11L);
		audit.record(1L, "COACH", AuditTrail.Action.UPDATE, "participant", 11L, 11L);
		audit.recordEvent(2L, "SEEKER", AuditTrail.Action.SIGN_IN, "sign-in", 2L, null);
		chain.seal();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where chain_seq is null", Integer.class)).isZero();
		AuditChain.Verification before = chain.verify();
		assertThat(before.intact()).as(before.describe()).isTrue();
		assertThat(before.entries()).isGreaterThanOrEqualTo(3);

		Long edited = jdbc.queryForObject("select max(id) from audit_entry where action = 'UPDATE' and participant_id = 11", Long.class);
		jdbc.update("update audit_entry set action = 'READ' where id = ?", edited);
		AuditChain.Verification after = chain.verify();
		assertThat(after.intact()).isFalse();
		assertThat(after.brokenAtId()).isEqualTo(edited);
		assertThat(after.describe()).contains("entry id " + edited);

		// Re-hashing the edited entry correctly does not hide it: the next link no longer matches.
		String hash = jdbc.queryForObject("select hash from audit_entry where id = ?", String.class, edited);
		long seq = jdbc.queryForObject("select chain_seq from audit_entry where id = ?", Long.class, edited);
		String before2 = jdbc.queryForObject("select hash from audit_entry where chain_seq = ?", String.class, seq - 1);
		var row = jdbc.queryForMap("select id, at, actor_id, actor_role, action, record_type, record_id, participant_id, from_address, detail"
				+ " from audit_entry where id = ?", edited);
		jdbc.update("update audit_entry set hash = ? where id = ?", AuditChain.hash(before2, seq, row), edited);
		AuditChain.Verification rehashed = chain.verify();
		assertThat(rehashed.intact()).isFalse();
		assertThat(rehashed.brokenAtSequence()).isEqualTo(seq + 1);
		jdbc.update("update audit_entry set action = 'UPDATE', hash = ? where id = ?", hash, edited);
		assertThat(chain.verify().intact()).isTrue();

		// Removing the newest sealed entries shows against the head of the chain.
		long last = jdbc.queryForObject("select last_seq from audit_chain_head", Long.class);
		jdbc.update("update audit_chain_head set last_seq = ? where id = 1", last + 1);
		AuditChain.Verification shortened = chain.verify();
		assertThat(shortened.intact()).isFalse();
		assertThat(shortened.brokenAtSequence()).isEqualTo(last + 1);
		assertThat(shortened.reason()).contains("missing");
		jdbc.update("update audit_chain_head set last_seq = ? where id = 1", last);
		assertThat(chain.verify().intact()).isTrue();
	}
}
