package org.recoveryworks.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.coaching.CaseFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consultation and technical assistance to employers on hiring and supporting peer staff. */
@Service
class Consultations {

	/** A consultation as program staff see it. */
	record View(Long id, String employerName, LocalDate heldOn, Set<ConsultationTopic> topics, String tookPart, String agreed,
			LocalDate followUpOn, boolean followUpDone, boolean followUpDue) {
	}

	private final ConsultationRepository consultations;
	private final Clock clock;

	Consultations(ConsultationRepository consultations, Clock clock) {
		this.consultations = consultations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<View> list(AccountUser staff) {
		CaseFiles.requireStaff(staff);
		return consultations.findByProgramIdOrderByHeldOnDesc(staff.organizationId()).stream().map(this::view).toList();
	}

	@Transactional
	Long record(AccountUser staff, ConsultationForm form) {
		CaseFiles.requireStaff(staff);
		return consultations.save(new EmployerConsultation(staff.organizationId(), form, staff.id(), Instant.now(clock))).getId();
	}

	@Transactional(readOnly = true)
	View read(AccountUser staff, Long id) {
		return view(own(staff, id));
	}

	@Transactional
	void followedUp(AccountUser staff, Long id) {
		own(staff, id).followedUp();
	}

	private EmployerConsultation own(AccountUser staff, Long id) {
		if (!CaseFiles.isStaff(staff)) {
			throw new ConsultationNotFound(id);
		}
		return consultations.findById(id)
			.filter(c -> Objects.equals(c.getProgramId(), staff.organizationId()))
			.orElseThrow(() -> new ConsultationNotFound(id));
	}

	/** No such consultation in the staff member's program (the same answer as for another program's). */
	static class ConsultationNotFound extends org.recoveryworks.shared.NotFoundException {
		ConsultationNotFound(Long id) {
			super("No consultation " + id);
		}
	}

	private View view(EmployerConsultation c) {
		boolean due = c.getFollowUpOn() != null && !c.isFollowUpDone() && !c.getFollowUpOn().isAfter(LocalDate.now(clock));
		return new View(c.getId(), c.getEmployerName(), c.getHeldOn(), c.topicSet(), c.getTookPart(), c.getAgreed(),
				c.getFollowUpOn(), c.isFollowUpDone(), due);
	}
}
