package org.recoveryworks.community;

import java.util.LinkedHashMap;
import java.util.Map;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.coaching.ParticipantPageParts;
import org.recoveryworks.coaching.ParticipantRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community support on a participant's page (groups attended, trainings, peer mentoring), and the participant's name
 * on training registrations kept as the case record goes by it.
 */
@Component
class CommunityParts implements ParticipantPageParts {

	private final SupportGroups supportGroups;
	private final Trainings trainings;
	private final Mentoring mentoring;
	private final TrainingRegistrationRepository registrations;

	CommunityParts(SupportGroups supportGroups, Trainings trainings, Mentoring mentoring, TrainingRegistrationRepository registrations) {
		this.supportGroups = supportGroups;
		this.trainings = trainings;
		this.mentoring = mentoring;
		this.registrations = registrations;
	}

	@Override
	public Map<String, Object> partsFor(AccountUser staff, Long participantId) {
		Map<String, Object> parts = new LinkedHashMap<>();
		parts.put("groupsAttended", supportGroups.attendedBy(participantId));
		parts.put("trainings", trainings.forParticipant(staff, participantId));
		var pairings = mentoring.pairings(staff, participantId);
		parts.put("pairings", pairings);
		parts.put("hasActivePairing", pairings.stream().anyMatch(Mentoring.PairingView::active));
		parts.put("mentors", mentoring.mentors(staff));
		return parts;
	}

	/** Sequestered, lifted or erased: registrations show the name the record goes by, in the same transaction. */
	@EventListener
	@Transactional
	void renamed(ParticipantRenamed renamed) {
		registrations.renameParticipant(renamed.participantId(), renamed.name());
	}
}
