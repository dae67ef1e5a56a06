package org.recoveryworks.consents;

import java.util.List;
import java.util.Set;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.coaching.CaseRecordExtracts;
import org.recoveryworks.coaching.InformationKind;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents and disclosures as the people who use them reach them: staff through the participant's record (its access
 * check and audit), and the person through the record linked to their account. A sequestered record's signed forms
 * and copies of what was sent name the person: they stay closed to staff who see only the pseudonym, and nothing more
 * is disclosed under it. Those rules live here, once.
 */
@Service
class ConsentRecords {

	/** A person's own consents and the disclosures made under them. */
	record Own(List<Consents.ConsentView> consents, List<Consents.DisclosureView> disclosures) {
	}

	private final Consents consents;
	private final CaseFiles caseFiles;
	private final CaseRecordExtracts extracts;

	ConsentRecords(Consents consents, CaseFiles caseFiles, CaseRecordExtracts extracts) {
		this.consents = consents;
		this.caseFiles = caseFiles;
		this.extracts = extracts;
	}

	/** The scan of a consent signed on paper: a read of the record; "not found" to staff who do not see who the person is. */
	@Transactional
	Consents.SignedForm signedForm(AccountUser staff, Long participantId, Long consentId) {
		caseFiles.read(staff, participantId, "signed consent form");
		if (!caseFiles.reveals(staff, participantId)) {
			throw new ConsentNotFound(participantId);
		}
		return consents.signedForm(participantId, consentId).orElseThrow(() -> new ConsentNotFound(participantId));
	}

	/** Discloses, under the consent, what the record holds of the kinds asked; the disclosure's id. */
	@Transactional
	Long disclose(AccountUser staff, Long participantId, Long consentId, Set<InformationKind> information) {
		caseFiles.open(staff, participantId);
		requireRevealed(staff, participantId);
		return consents.disclose(staff.id(), staff.role().name(), participantId, consentId, information,
				kinds -> extracts.of(staff, participantId, kinds).stream().map(e -> new Consents.Section(e.heading(), e.lines())).toList());
	}

	/** What a disclosure sent, as a read of the record. */
	@Transactional
	Consents.DisclosedDocument document(AccountUser staff, Long participantId, Long disclosureId) {
		caseFiles.read(staff, participantId, "disclosure");
		requireRevealed(staff, participantId);
		return consents.document(participantId, disclosureId).orElseThrow(() -> new ConsentNotFound(participantId));
	}

	/** The person's own consents and disclosures, as their read of their record. */
	@Transactional
	Own own(AccountUser seeker) {
		Long participantId = linked(seeker);
		caseFiles.audit(seeker, AuditTrail.Action.READ, "accounting of disclosures", participantId, participantId);
		return new Own(consents.forParticipant(participantId), consents.accounting(participantId));
	}

	/** The record linked to the person's account; "not found" when there is none. */
	Long linked(AccountUser seeker) {
		return caseFiles.linkedTo(seeker.id()).map(CaseFiles.ParticipantRef::id).orElseThrow(() -> new ConsentNotFound(0L));
	}

	private void requireRevealed(AccountUser staff, Long participantId) {
		if (!caseFiles.reveals(staff, participantId)) {
			throw new RuleViolation(null, "disclosure.sequestered",
					"This record is sequestered: what was disclosed names the person, so only the privacy officer, or a supervisor in an"
							+ " emergency access, can open it.");
		}
	}
}
