package org.recoveryworks.credentials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.recoveryworks.shared.DocumentStore;
import org.recoveryworks.shared.PersonalData;
import org.springframework.stereotype.Component;

/** A person's credential tracks, their entries and certificates, and what they shared with employers. */
@Component
class CredentialsPersonalData implements PersonalData {

	private final CredentialTrackRepository tracks;
	private final CredentialEntryRepository entries;
	private final CredentialTypeRepository types;
	private final CredentialShareRepository shares;
	private final DocumentStore documents;
	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	CredentialsPersonalData(CredentialTrackRepository tracks, CredentialEntryRepository entries, CredentialTypeRepository types,
			CredentialShareRepository shares, DocumentStore documents, org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.tracks = tracks;
		this.entries = entries;
		this.types = types;
		this.shares = shares;
		this.documents = documents;
	}

	@Override
	public List<Section> export(Person person) {
		Long accountId = person.accountId();
		List<Map<String, Object>> items = new ArrayList<>();
		for (CredentialTrack t : tracks.findByAccountIdOrderByIdAsc(accountId)) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("Credential", types.findById(t.getTypeId()).map(CredentialType::getName).orElse(""));
			item.put("Entries", entries.findByTrackIdOrderByDoneOnDescIdDesc(t.getId()).stream().map(e -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("Kind", e.getKind().name());
				entry.put("Domain", e.getDomain());
				entry.put("Hours", e.getHours() == null ? null : e.getHours().toPlainString());
				entry.put("Done on", String.valueOf(e.getDoneOn()));
				entry.put("Description", e.getDescription());
				entry.put("Status", e.getStatus().name());
				entry.put("Certificate", e.getCertificateName());
				return entry;
			}).toList());
			items.add(item);
		}
		List<Map<String, Object>> shared = shares.findBySeekerAccountIdOrderByRequestedAtDesc(accountId).stream().map(s -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("Application", s.getApplicationId());
			item.put("Asked", s.getRequestedAt().toString());
			item.put("Shared", s.getShared());
			return item;
		}).toList();
		return List.of(new Section("Credentials", items), new Section("Credential summaries asked for by employers", shared));
	}

	@Override
	public void erase(Person person) {
		Long accountId = person.accountId();
		for (CredentialTrack t : tracks.findByAccountIdOrderByIdAsc(accountId)) {
			List<CredentialEntry> all = entries.findByTrackIdOrderByDoneOnDescIdDesc(t.getId());
			all.stream().filter(e -> e.getCertificateKey() != null).forEach(e -> documents.deleteAfterCommit(e.getCertificateKey()));
			entries.deleteAll(all);
			entries.flush();
			jdbc.update("delete from credential_reminder where track_id = ?", t.getId());
			tracks.delete(t);
		}
		shares.deleteAll(shares.findBySeekerAccountIdOrderByRequestedAtDesc(accountId));
	}
}
