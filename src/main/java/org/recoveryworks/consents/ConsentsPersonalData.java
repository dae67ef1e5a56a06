package org.recoveryworks.consents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.shared.PersonalData;
import org.springframework.stereotype.Component;

/**
 * The consents a job seeker signed and the accounting of what was disclosed under them, for their data download. They
 * are part of the program's case record: closing the job bank account erases nothing here (the coaching module unlinks
 * the record, which the program keeps under its own retention rules).
 */
@Component
class ConsentsPersonalData implements PersonalData {

	private final CaseFiles caseFiles;
	private final Consents consents;

	ConsentsPersonalData(CaseFiles caseFiles, Consents consents) {
		this.caseFiles = caseFiles;
		this.consents = consents;
	}

	@Override
	public List<Section> export(Person person) {
		Long participantId = caseFiles.linkedTo(person.accountId()).map(CaseFiles.ParticipantRef::id).orElse(null);
		if (participantId == null) {
			return List.of();
		}
		List<Map<String, Object>> consentItems = consents.forParticipant(participantId).stream().map(c -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("To", c.recipient());
			item.put("What", c.description());
			item.put("Purpose", c.purpose());
			item.put("Signed", c.signedBy() + ", " + c.signedOn());
			item.put("Ends", c.expiresOn() == null ? c.expiryEvent() : c.expiresOn().toString());
			item.put("Revoked on", c.revokedOn() == null ? null : c.revokedOn().toString());
			return item;
		}).toList();
		List<Map<String, Object>> disclosureItems = consents.accounting(participantId).stream().map(d -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("Date", d.disclosedAt().toString());
			item.put("To", d.recipient());
			item.put("What", d.information().stream().map(Enum::name).toList());
			item.put("Purpose", d.purpose());
			return item;
		}).toList();
		return List.of(new Section("Consents to share my information", consentItems),
				new Section("Disclosures of my information (last three years)", disclosureItems));
	}

	@Override
	public void erase(Person person) {
		// The program's case record: kept under its retention rules (see CaseRecordErased), not the account's.
	}
}
