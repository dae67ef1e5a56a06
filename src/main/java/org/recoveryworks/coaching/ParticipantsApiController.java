package org.recoveryworks.coaching;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.recoveryworks.accounts.AccountUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Case records for program staff's own tools. Same per-record checks and audit as the pages. */
@RestController
@RequestMapping("/api/v1/participants")
@Tag(name = "Participants", description = "A coach's caseload or a supervisor's program (personal API token)")
@SecurityRequirement(name = "apiToken")
class ParticipantsApiController {

	/** A caseload row. */
	record Summary(Long id, String name, Participant.Status status, java.time.LocalDate enrolledOn) {
	}

	private final Participants participants;
	private final Plans plans;
	private final Sessions sessions;
	private final Dashboard dashboard;

	ParticipantsApiController(Participants participants, Plans plans, Sessions sessions, Dashboard dashboard) {
		this.participants = participants;
		this.plans = plans;
		this.sessions = sessions;
		this.dashboard = dashboard;
	}

	@GetMapping
	@Operation(summary = "List the participants you may see")
	List<Summary> list(@AuthenticationPrincipal AccountUser staff) {
		return dashboard.caseload(staff).stream().map(r -> new Summary(r.id(), r.name(), r.status(), r.enrolledOn())).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a participant's record")
	ParticipantView read(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id) {
		return participants.read(staff, id);
	}

	@GetMapping("/{id}/plan")
	@Operation(summary = "Read every version of a participant's employment plan, newest first")
	List<PlanView> plan(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id) {
		return plans.history(staff, id);
	}

	@GetMapping("/{id}/sessions")
	@Operation(summary = "Read a participant's coaching sessions")
	List<SessionView> sessions(@AuthenticationPrincipal AccountUser staff, @PathVariable Long id) {
		return sessions.forParticipant(staff, id);
	}
}
