package org.recoveryworks.community;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.pdf.PdfPages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Education and training: curricula of modules, events with an audience, registration,
 * attendance, completion, and a PDF certificate of completion with the hours.
 */
@Service
class Trainings {

	static final String RECORD = "training";

	record ModuleView(Long id, String name) {
	}

	record CurriculumView(Long id, String name, List<ModuleView> modules) {
	}

	record RegistrationView(Long id, Long participantId, String name, boolean attended, Instant completedAt) {

		public boolean completed() {
			return completedAt != null;
		}
	}

	/** A training and its registrations; participants on other caseloads are only counted. */
	record EventView(Long id, TrainingKind kind, String title, LocalDate heldOn, BigDecimal hours, Audience audience,
			String moduleName, List<RegistrationView> registrations, int othersRegistered) {
	}

	/** A participant's training, for their record. */
	record ParticipantTraining(String title, LocalDate heldOn, BigDecimal hours, boolean attended, boolean completed,
			Long registrationId) {
	}

	private final CurriculumRepository curricula;
	private final TrainingEventRepository events;
	private final TrainingRegistrationRepository registrations;
	private final CaseFiles records;
	private final Organizations organizations;
	private final Accounts accounts;
	private final PdfPages pdfPages;
	private final Clock clock;

	Trainings(CurriculumRepository curricula, TrainingEventRepository events, TrainingRegistrationRepository registrations,
			CaseFiles records, Organizations organizations, Accounts accounts,
			PdfPages pdfPages, Clock clock) {
		this.curricula = curricula;
		this.events = events;
		this.registrations = registrations;
		this.records = records;
		this.organizations = organizations;
		this.accounts = accounts;
		this.pdfPages = pdfPages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<CurriculumView> curricula(AccountUser staff) {
		CaseFiles.requireStaff(staff);
		return curricula.findByProgramIdOrderByNameAsc(staff.organizationId()).stream()
			.map(c -> new CurriculumView(c.getId(), c.getName(),
					c.getModules().stream().map(m -> new ModuleView(m.getId(), m.getName())).toList()))
			.toList();
	}

	/** Adds a curriculum; modules are written one per line, in order. */
	@Transactional
	Long addCurriculum(AccountUser staff, String name, String modulesText) {
		CaseFiles.requireStaff(staff);
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new RuleViolation("name", "training.curriculum.name", "Give the curriculum a name of at most 200 characters.");
		}
		List<String> modules = modulesText == null ? List.of()
				: Arrays.stream(modulesText.split("\\r?\\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		if (modules.isEmpty() || modules.size() > 30 || modules.stream().anyMatch(m -> m.length() > 200)) {
			throw new RuleViolation("modules", "training.curriculum.modules", "Write 1 to 30 modules, one per line.");
		}
		return curricula.save(new Curriculum(staff.organizationId(), name.trim(), modules)).getId();
	}

	@Transactional(readOnly = true)
	List<EventView> events(AccountUser staff) {
		CaseFiles.requireStaff(staff);
		Map<Long, String> modules = moduleNames(staff.organizationId());
		return events.findByProgramIdOrderByHeldOnDesc(staff.organizationId()).stream()
			.map(e -> view(e, modules, List.of()))
			.toList();
	}

	@Transactional
	Long addEvent(AccountUser staff, TrainingForm form) {
		CaseFiles.requireStaff(staff);
		if (form.getModuleId() != null && !moduleNames(staff.organizationId()).containsKey(form.getModuleId())) {
			throw new RuleViolation("moduleId", "training.module.invalid", "Choose a module of one of your curricula.");
		}
		return events.save(new TrainingEvent(staff.organizationId(), form, Instant.now(clock))).getId();
	}

	@Transactional
	EventView event(AccountUser staff, Long eventId) {
		TrainingEvent event = own(staff, eventId);
		List<TrainingRegistration> all = registrations.findByEventIdOrderByAttendeeNameAsc(eventId);
		List<TrainingRegistration> visible = all.stream().filter(r -> mayOpen(staff, r)).toList();
		visible.stream().filter(r -> r.getParticipantId() != null)
			.forEach(r -> records.audit(staff, AuditTrail.Action.READ, RECORD, r.getId(), r.getParticipantId()));
		EventView view = view(event, moduleNames(staff.organizationId()), visible.stream()
			.map(r -> new RegistrationView(r.getId(), r.getParticipantId(), r.getAttendeeName(), r.isAttended(), r.getCompletedAt()))
			.toList());
		return new EventView(view.id(), view.kind(), view.title(), view.heldOn(), view.hours(), view.audience(), view.moduleName(),
				view.registrations(), all.size() - visible.size());
	}

	/** Registrations of someone who is not a participant are the program's; a participant's follow their record's access. */
	private boolean mayOpen(AccountUser staff, TrainingRegistration r) {
		return r.getParticipantId() == null
				|| records.mayOpen(staff, r.getParticipantId());
	}

	private TrainingRegistration openRegistration(AccountUser staff, Long registrationId) {
		TrainingRegistration r = registrations.findById(registrationId).orElseThrow(() -> new StaffOnly.NotFound(registrationId));
		own(staff, r.getEventId());
		if (!mayOpen(staff, r)) {
			throw new StaffOnly.NotFound(registrationId);
		}
		return r;
	}

	/** Registers a participant of the program; audited in their record. */
	@Transactional
	void registerParticipant(AccountUser staff, Long eventId, Long participantId) {
		TrainingEvent event = own(staff, eventId);
		CaseFiles.ParticipantRef p = records.visibleTo(staff).stream()
			.filter(x -> Objects.equals(x.id(), participantId) && Objects.equals(x.programId(), event.getProgramId()))
			.findFirst()
			.orElseThrow(() -> new RuleViolation("participantId", "training.participant.invalid", "Choose a person enrolled in the program."));
		if (registrations.findByEventIdAndParticipantId(eventId, participantId).isPresent()) {
			throw new RuleViolation("participantId", "training.alreadyRegistered", "This person is already registered.");
		}
		TrainingRegistration registration;
		try {
			registration = registrations.saveAndFlush(new TrainingRegistration(eventId, p.id(), p.name(), Instant.now(clock)));
		}
		catch (org.springframework.dao.DataIntegrityViolationException e) {
			// Registered at the same moment by another request: the unique index decides.
			throw new RuleViolation("participantId", "training.alreadyRegistered", "This person is already registered.");
		}
		records.audit(staff, AuditTrail.Action.CREATE, RECORD, registration.getId(), p.id());
	}

	/** Registers a staff member of the program by account, so the training counts toward their credentials. */
	@Transactional
	void registerStaff(AccountUser staff, Long eventId, Long accountId) {
		own(staff, eventId);
		AccountUser member = accounts.find(accountId == null ? -1L : accountId)
			.filter(a -> CaseFiles.isStaff(a) && Objects.equals(a.organizationId(), staff.organizationId()))
			// Completed trainings count toward the person's credentials: no one records their own.
			.filter(a -> !Objects.equals(a.id(), staff.id()))
			.orElseThrow(() -> new RuleViolation("accountId", "training.staff.invalid", "Choose a member of your program's staff."));
		if (registrations.findByEventIdAndAccountId(eventId, member.id()).isPresent()) {
			throw new RuleViolation("accountId", "training.alreadyRegistered", "This person is already registered.");
		}
		try {
			registrations.saveAndFlush(TrainingRegistration.ofStaff(eventId, member.id(), member.displayName(), Instant.now(clock)));
		}
		catch (org.springframework.dao.DataIntegrityViolationException e) {
			throw new RuleViolation("accountId", "training.alreadyRegistered", "This person is already registered.");
		}
	}

	/** Registers someone who is not a participant (employer or program staff), by name. */
	@Transactional
	void registerByName(AccountUser staff, Long eventId, String name) {
		own(staff, eventId);
		if (name == null || name.isBlank() || name.length() > 120) {
			throw new RuleViolation("attendeeName", "training.name.required", "Enter the person's name (at most 120 characters).");
		}
		registrations.save(new TrainingRegistration(eventId, null, name.trim(), Instant.now(clock)));
	}

	@Transactional
	Long record(AccountUser staff, Long registrationId, boolean attended, boolean completed) {
		TrainingRegistration registration = openRegistration(staff, registrationId);
		TrainingEvent event = own(staff, registration.getEventId());
		if (Objects.equals(registration.getAccountId(), staff.id())) {
			throw new RuleViolation(null, "training.notOwn", "Someone else records your own attendance and completion.");
		}
		if (completed && event.getHeldOn().isAfter(LocalDate.now(clock))) {
			throw new RuleViolation(null, "training.notYet", "A training can be completed only once it has taken place.");
		}
		registration.record(attended, completed, Instant.now(clock));
		if (registration.getParticipantId() != null) {
			records.audit(staff, AuditTrail.Action.UPDATE, RECORD, registrationId, registration.getParticipantId());
		}
		return event.getId();
	}

	@Transactional
	List<ParticipantTraining> forParticipant(AccountUser staff, Long participantId) {
		records.open(staff, participantId);
		records.audit(staff, AuditTrail.Action.READ, RECORD, null, participantId);
		List<TrainingRegistration> list = registrations.findByParticipantId(participantId);
		Map<Long, TrainingEvent> byId = events.findAllById(list.stream().map(TrainingRegistration::getEventId).toList()).stream()
			.collect(Collectors.toMap(TrainingEvent::getId, Function.identity()));
		return list.stream().map(r -> {
			TrainingEvent e = byId.get(r.getEventId());
			return new ParticipantTraining(e.getTitle(), e.getHeldOn(), e.getHours(), r.isAttended(), r.getCompletedAt() != null, r.getId());
		}).sorted(java.util.Comparator.comparing(ParticipantTraining::heldOn).reversed()).toList();
	}

	/** A one-page PDF certificate of completion, with the hours. Only for a completed training. */
	@Transactional
	byte[] certificate(AccountUser staff, Long registrationId) {
		TrainingRegistration r = openRegistration(staff, registrationId);
		TrainingEvent event = own(staff, r.getEventId());
		if (r.getCompletedAt() == null) {
			throw new StaffOnly.NotFound(registrationId);
		}
		if (r.getParticipantId() != null) {
			records.audit(staff, AuditTrail.Action.READ, RECORD, registrationId, r.getParticipantId());
		}
		String program = organizations.find(event.getProgramId()).map(o -> o.name()).orElse("");
		return pdfPages.render("community/pdf/certificate", Map.of("certificate", new Certificate(r.getAttendeeName(),
				event.getTitle(), event.getHeldOn(), event.getHours().stripTrailingZeros().toPlainString(), program)));
	}

	/** What a certificate of completion says: who completed which training, when, for how many hours, with which program. */
	record Certificate(String attendee, String training, java.time.LocalDate heldOn, String hours, String program) {
	}

	private TrainingEvent own(AccountUser staff, Long eventId) {
		StaffOnly.requireOr404(staff, eventId);
		return events.findById(eventId)
			.filter(e -> Objects.equals(e.getProgramId(), staff.organizationId()))
			.orElseThrow(() -> new StaffOnly.NotFound(eventId));
	}

	private Map<Long, String> moduleNames(Long programId) {
		return curricula.findByProgramIdOrderByNameAsc(programId).stream()
			.flatMap(c -> c.getModules().stream().map(m -> Map.entry(m.getId(), c.getName() + ": " + m.getName())))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static EventView view(TrainingEvent e, Map<Long, String> modules, List<RegistrationView> registrations) {
		return new EventView(e.getId(), e.getKind(), e.getTitle(), e.getHeldOn(), e.getHours(), e.getAudience(),
				e.getModuleId() == null ? null : modules.get(e.getModuleId()), registrations, 0);
	}
}
