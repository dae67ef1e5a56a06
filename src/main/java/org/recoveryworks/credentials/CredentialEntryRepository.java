package org.recoveryworks.credentials;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CredentialEntryRepository extends JpaRepository<CredentialEntry, Long> {

	List<CredentialEntry> findByTrackIdOrderByDoneOnDescIdDesc(Long trackId);

	List<CredentialEntry> findByTrackIdInAndStatusOrderByCreatedAtAsc(Collection<Long> trackIds, EntryStatus status);

	List<CredentialEntry> findByTrackIdAndKindInAndStatus(Long trackId, Collection<EntryKind> kinds, EntryStatus status);
}
