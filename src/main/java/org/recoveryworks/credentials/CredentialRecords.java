package org.recoveryworks.credentials;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credential records written without the pages (demo data, and records brought over from
 * paper): a track for an account, and entries, verified by a supervisor or waiting.
 */
@Service
public class CredentialRecords {

	private final CredentialTypeRepository types;
	private final CredentialTrackRepository tracks;
	private final CredentialEntryRepository entries;
	private final Clock clock;

	CredentialRecords(CredentialTypeRepository types, CredentialTrackRepository tracks, CredentialEntryRepository entries, Clock clock) {
		this.types = types;
		this.tracks = tracks;
		this.entries = entries;
		this.clock = clock;
	}

	/** Starts a track on the credential with this code. */
	@Transactional
	public Long track(Long accountId, String typeCode, LocalDate traineeSince) {
		CredentialType type = types.findByCodeIgnoreCase(typeCode).orElseThrow(() -> new IllegalArgumentException("No credential " + typeCode));
		return tracks.save(new CredentialTrack(accountId, type.getId(), traineeSince, Instant.now(clock))).getId();
	}

	/** Logs an entry; with {@code verifiedBy}, a supervisor's verification is recorded too. */
	@Transactional
	public Long log(Long trackId, String kind, String domain, BigDecimal hours, LocalDate on, String description, Long verifiedBy) {
		EntryForm form = new EntryForm();
		form.setKind(EntryKind.valueOf(kind));
		form.setDomain(domain);
		form.setHours(hours);
		form.setDoneOn(on);
		form.setDescription(description);
		if (!form.isHoursGiven() || (form.getKind() == EntryKind.SUPERVISION) != (domain != null)) {
			throw new IllegalArgumentException("An entry of kind " + kind + " needs its hours and domain");
		}
		CredentialEntry entry = new CredentialEntry(trackId, form, Instant.now(clock));
		if (verifiedBy != null) {
			entry.verify(verifiedBy, Instant.now(clock));
		}
		return entries.save(entry).getId();
	}
}
