package org.recoveryworks.community;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.recoveryworks.organizations.Organizations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainings a person completed in a program, as other modules use them (credentials count
 * their hours): registered as staff by account, or as a participant whose record is linked to the
 * person's account. Only what the program recorded as completed.
 */
@Service
public class CompletedTrainings {

	/** A completed training: what, when, how long, given by which program. */
	public record CompletedTraining(Long registrationId, String title, LocalDate heldOn, BigDecimal hours, Long programId,
			String programName) {
	}

	private final TrainingRegistrationRepository registrations;
	private final TrainingEventRepository events;
	private final org.recoveryworks.coaching.CaseFiles caseFiles;
	private final Organizations organizations;

	CompletedTrainings(TrainingRegistrationRepository registrations, TrainingEventRepository events, Organizations organizations,
			org.recoveryworks.coaching.CaseFiles caseFiles) {
		this.caseFiles = caseFiles;
		this.registrations = registrations;
		this.events = events;
		this.organizations = organizations;
	}

	@Transactional(readOnly = true)
	public List<CompletedTraining> of(Long accountId) {
		Long participantId = caseFiles.linkedTo(accountId).map(org.recoveryworks.coaching.CaseFiles.ParticipantRef::id).orElse(null);
		List<TrainingRegistration> done = registrations.findCompletedBy(accountId, participantId);
		Map<Long, TrainingEvent> byId = events.findAllById(done.stream().map(TrainingRegistration::getEventId).distinct().toList())
			.stream().collect(Collectors.toMap(TrainingEvent::getId, Function.identity()));
		return done.stream().map(r -> {
			TrainingEvent e = byId.get(r.getEventId());
			String program = organizations.find(e.getProgramId()).map(o -> o.name()).orElse("");
			return new CompletedTraining(r.getId(), e.getTitle(), e.getHeldOn(), e.getHours(), e.getProgramId(), program);
		}).sorted(Comparator.comparing(CompletedTraining::heldOn)).toList();
	}
}
