package org.recoveryworks.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete method exists. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findByParticipantIdOrderByIdAsc(Long participantId);

	List<AuditEntry> findTop500ByRecordTypeAndRecordIdOrderByIdDesc(String recordType, Long recordId);
}
