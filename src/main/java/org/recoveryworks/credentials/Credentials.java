package org.recoveryworks.credentials;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.coaching.CaseFiles;
import org.recoveryworks.community.CompletedTrainings;
import org.recoveryworks.community.CompletedTrainings.CompletedTraining;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.shared.DocumentStore;
import org.recoveryworks.shared.NotFoundException;
import org.recoveryworks.shared.RuleViolation;
import org.springframework.core.io.Resource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A person's credentials: the tracks they follow, what they log, their progress (verified
 * entries only, plus trainings completed in coaching), and the verification by a supervisor of
 * the person's program now: a staff member's own organization, or for a job seeker the program
 * their account is linked to. A supervisor's read of someone's track is audited.
 */
@Service
class Credentials {

	static final String RECORD = "credential";

	/** A track as its owner's list shows it. */
	record TrackSummary(Long id, String typeName, String state, CredentialProgress progress, int pendingEntries) {
	}

	/** An entry as shown on the track. */
	record EntryView(Long id, EntryKind kind, String domain, BigDecimal hours, LocalDate doneOn, String description,
			String certificateName, EntryStatus status, String returnNote) {

		public boolean hasCertificate() {
			return certificateName != null;
		}

		/** Whether its owner may still remove it (the entry's own rule). */
		public boolean removable() {
			return status.canBeRemoved();
		}
	}

	/** A whole track: the credential, progress, entries and trainings from coaching. */
	record TrackDetail(Long id, Long accountId, String personName, CredentialType type, String programName,
			CredentialProgress progress, List<EntryView> entries, List<CompletedTraining> trainings, boolean owner,
			boolean verifier) {
	}

	/** An entry waiting for a supervisor. */
	record PendingEntry(Long id, Long trackId, String personName, String typeName, EntryKind kind, String domain,
			BigDecimal hours, LocalDate doneOn, String description, String certificateName, long version) {
	}

	/** A trainee whose period is over and who has not moved up yet. */
	record DuePromotion(Long trackId, String personName, String typeName, LocalDate since, LocalDate eligibleOn) {
	}

	private final CredentialTypeRepository types;
	private final org.recoveryworks.shared.Deployment deployment;
	private final CredentialTrackRepository tracks;
	private final CredentialEntryRepository entries;
	private final CompletedTrainings trainings;
	private final CaseFiles caseFiles;
	private final Accounts accounts;
	private final Organizations organizations;
	private final DocumentStore documents;
	private final AuditTrail audit;
	private final Clock clock;

	Credentials(CredentialTypeRepository types, CredentialTrackRepository tracks, CredentialEntryRepository entries,
			CompletedTrainings trainings, CaseFiles caseFiles, Accounts accounts, Organizations organizations,
			DocumentStore documents, AuditTrail audit, Clock clock, org.recoveryworks.shared.Deployment deployment) {
		this.deployment = deployment;
		this.types = types;
		this.tracks = tracks;
		this.entries = entries;
		this.trainings = trainings;
		this.caseFiles = caseFiles;
		this.accounts = accounts;
		this.organizations = organizations;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<CredentialType> types() {
		// The credentials of the states this site serves, and those of no one state.
		return types.findAllByOrderByNameAsc().stream()
			.filter(t -> t.getState() == null || deployment.settings().serves(t.getState()))
			.toList();
	}

	@Transactional(readOnly = true)
	List<TrackSummary> mine(AccountUser user) {
		return tracks.findByAccountIdOrderByIdAsc(user.id()).stream().map(t -> {
			CredentialType type = types.findById(t.getTypeId()).orElseThrow();
			List<CredentialEntry> list = entries.findByTrackIdOrderByDoneOnDescIdDesc(t.getId());
			int pending = (int) list.stream().filter(e -> e.getStatus() == EntryStatus.PENDING).count();
			return new TrackSummary(t.getId(), type.getName(), type.getState(), progress(t, type, list), pending);
		}).toList();
	}

	/** Starts tracking a credential (a job seeker not linked to a program yet: entries wait until they are). */
	@Transactional
	Long start(AccountUser user, Long typeId, LocalDate traineeSince) {
		CredentialType type = types.findById(typeId == null ? -1L : typeId)
			.orElseThrow(() -> new RuleViolation("typeId", "credential.type.required", "Choose a credential."));
		if (tracks.findByAccountIdAndTypeId(user.id(), type.getId()).isPresent()) {
			throw new RuleViolation("typeId", "credential.already", "You already track this credential.");
		}
		if (traineeSince != null && type.getTraineeMonths() == null) {
			throw new RuleViolation("traineeSince", "credential.trainee.none", "This credential has no trainee period.");
		}
		if (traineeSince != null && traineeSince.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("traineeSince", "credential.trainee.future", "The trainee period cannot start in the future.");
		}
		return tracks.saveAndFlush(new CredentialTrack(user.id(), type.getId(), traineeSince, Instant.now(clock))).getId();
	}

	/**
	 * The program whose supervisors verify this person's entries now, if any: not through a sequestered record, whose
	 * supervisors would otherwise open the credential record of a person they must not know is a participant.
	 */
	Long currentProgram(Long accountId) {
		return accounts.find(accountId).map(a -> CaseFiles.isStaff(a) ? a.organizationId()
				: a.is(Role.SEEKER) ? caseFiles.linkedOpenlyTo(a.id()).map(CaseFiles.ParticipantRef::programId).orElse(null) : null)
			.orElse(null);
	}

	/** The people a supervisor's program verifies: its staff and the job seekers linked to its records. */
	private List<Long> peopleOf(Long programId) {
		List<Long> people = new ArrayList<>(accounts.staff(programId).stream().map(AccountUser::id).toList());
		people.addAll(caseFiles.linkedAccounts(programId));
		return people;
	}

	@Transactional
	TrackDetail detail(AccountUser user, Long trackId) {
		CredentialTrack track = track(trackId);
		boolean owner = Objects.equals(track.getAccountId(), user.id());
		boolean verifier = isVerifier(user, track);
		if (!owner && !verifier) {
			throw new CredentialNotFound(trackId);
		}
		if (!owner) {
			audit.record(user.id(), user.role().name(), AuditTrail.Action.READ, RECORD, trackId, null);
		}
		CredentialType type = types.findById(track.getTypeId()).orElseThrow();
		List<CredentialEntry> list = entries.findByTrackIdOrderByDoneOnDescIdDesc(trackId);
		Long programId = currentProgram(track.getAccountId());
		String program = programId == null ? null : organizations.find(programId).map(o -> o.name()).orElse(null);
		String person = accounts.find(track.getAccountId()).map(AccountUser::displayName).orElse("");
		// A supervisor sees the trainings of their own program; the hours of others count, but are the person's to show.
		List<CompletedTraining> done = trainings.of(track.getAccountId()).stream()
			.filter(t -> owner || Objects.equals(t.programId(), user.organizationId()))
			.toList();
		return new TrackDetail(trackId, track.getAccountId(), person, type, program, progress(track, type, list),
				list.stream().map(Credentials::view).toList(), done, owner, verifier);
	}

	/** Logs an entry (with its certificate, if any) on the owner's track; it waits for verification. */
	@Transactional
	Long log(AccountUser user, Long trackId, EntryForm form, MultipartFile certificate) {
		CredentialTrack track = own(user, trackId);
		CredentialType type = types.findById(track.getTypeId()).orElseThrow();
		boolean byDomain = form.getKind() == EntryKind.SUPERVISION && !type.getDomains().isEmpty();
		if (byDomain && (form.getDomain() == null || form.getDomain().isBlank())) {
			throw new RuleViolation("domain", "credentialEntry.domain.required", "Choose the performance domain of this supervision.");
		}
		if (byDomain && !type.getDomains().contains(form.getDomain())) {
			throw new RuleViolation("domain", "credentialEntry.domain.invalid", "Choose one of the credential's domains.");
		}
		form.setDomain(byDomain ? form.getDomain() : null);
		CredentialEntry entry = new CredentialEntry(trackId, form, Instant.now(clock));
		if (certificate != null && !certificate.isEmpty()) {
			if (!form.getKind().takesCertificate()) {
				throw new RuleViolation("certificate", "credentialEntry.certificate.notHere",
						"A certificate can be attached to training, continuing education or the certification.");
			}
			String contentType = documents.checkScan("certificate", certificate);
			String name = certificate.getOriginalFilename() == null ? "certificate" : certificate.getOriginalFilename();
			entry.attach(documents.store(certificate), name.length() > 200 ? name.substring(0, 200) : name, contentType);
		}
		return entries.save(entry).getId();
	}

	/** The owner removes an entry not yet verified (a verified one is part of the record). */
	@Transactional
	void remove(AccountUser user, Long entryId) {
		CredentialEntry entry = entries.findById(entryId).orElseThrow(() -> new CredentialNotFound(entryId));
		own(user, entry.getTrackId());
		entry.requireRemovable();
		entries.delete(entry);
		if (entry.getCertificateKey() != null) {
			documents.deleteAfterCommit(entry.getCertificateKey());
		}
	}

	record Certificate(Resource file, String name, String contentType) {
	}

	@Transactional
	Certificate certificate(AccountUser user, Long entryId) {
		CredentialEntry entry = entries.findById(entryId).orElseThrow(() -> new CredentialNotFound(entryId));
		CredentialTrack track = track(entry.getTrackId());
		boolean owner = Objects.equals(track.getAccountId(), user.id());
		if (entry.getCertificateKey() == null || (!owner && !isVerifier(user, track))) {
			throw new CredentialNotFound(entryId);
		}
		if (!owner) {
			audit.record(user.id(), user.role().name(), AuditTrail.Action.READ, RECORD, track.getId(), null);
		}
		Resource file = documents.load(entry.getCertificateKey());
		if (!file.exists()) {
			throw new CredentialNotFound(entryId);
		}
		return new Certificate(file, entry.getCertificateName(), entry.getCertificateType());
	}

	/** Entries waiting for this supervisor's program, oldest first. */
	@Transactional(readOnly = true)
	List<PendingEntry> pending(AccountUser supervisor) {
		requireSupervisor(supervisor);
		Map<Long, CredentialTrack> byId = tracks.findByAccountIdInOrderByIdAsc(peopleOf(supervisor.organizationId())).stream()
			.filter(t -> !Objects.equals(t.getAccountId(), supervisor.id()))
			.collect(Collectors.toMap(CredentialTrack::getId, Function.identity()));
		if (byId.isEmpty()) {
			return List.of();
		}
		Map<Long, String> typeNames = types.findAll().stream().collect(Collectors.toMap(CredentialType::getId, CredentialType::getName));
		return entries.findByTrackIdInAndStatusOrderByCreatedAtAsc(byId.keySet(), EntryStatus.PENDING).stream().map(e -> {
			CredentialTrack t = byId.get(e.getTrackId());
			return new PendingEntry(e.getId(), t.getId(), accounts.find(t.getAccountId()).map(AccountUser::displayName).orElse(""),
					typeNames.get(t.getTypeId()), e.getKind(), e.getDomain(), e.getHours(), e.getDoneOn(), e.getDescription(),
					e.getCertificateName(), e.getVersion());
		}).toList();
	}

	/** Trainees of this supervisor's program whose period is over. */
	@Transactional(readOnly = true)
	List<DuePromotion> duePromotions(AccountUser supervisor) {
		requireSupervisor(supervisor);
		LocalDate today = LocalDate.now(clock);
		List<DuePromotion> due = new ArrayList<>();
		for (CredentialTrack t : tracks.findByAccountIdInOrderByIdAsc(peopleOf(supervisor.organizationId()))) {
			CredentialType type = types.findById(t.getTypeId()).orElseThrow();
			if (t.getTraineeSince() == null || t.getPromotedOn() != null || type.getTraineeMonths() == null
					|| Objects.equals(t.getAccountId(), supervisor.id())) {
				continue;
			}
			LocalDate eligibleOn = t.getTraineeSince().plusMonths(type.getTraineeMonths());
			if (!today.isBefore(eligibleOn)) {
				due.add(new DuePromotion(t.getId(), accounts.find(t.getAccountId()).map(AccountUser::displayName).orElse(""),
						type.getName(), t.getTraineeSince(), eligibleOn));
			}
		}
		due.sort(Comparator.comparing(DuePromotion::eligibleOn));
		return due;
	}

	/** A supervisor verifies an entry; no one verifies their own. */
	@Transactional
	void verify(AccountUser supervisor, Long entryId, long version) {
		CredentialEntry entry = reviewable(supervisor, entryId, version);
		entry.verify(supervisor.id(), Instant.now(clock));
		audit.record(supervisor.id(), supervisor.role().name(), AuditTrail.Action.UPDATE, RECORD, entry.getTrackId(), null);
	}

	/** A supervisor gives an entry back with a note saying what to correct. */
	@Transactional
	void giveBack(AccountUser supervisor, Long entryId, long version, String note) {
		if (note == null || note.isBlank() || note.length() > 500) {
			throw new RuleViolation("note", "credentialEntry.note.required", "Say what the person should correct (at most 500 characters).");
		}
		CredentialEntry entry = reviewable(supervisor, entryId, version);
		entry.giveBack(supervisor.id(), note.trim(), Instant.now(clock));
		audit.record(supervisor.id(), supervisor.role().name(), AuditTrail.Action.UPDATE, RECORD, entry.getTrackId(), null);
	}

	/** After a satisfactory trainee period, the supervisor records the move up, on or after the date it is due. */
	@Transactional
	void promote(AccountUser supervisor, Long trackId, LocalDate on) {
		CredentialTrack track = track(trackId);
		if (!isVerifier(supervisor, track)) {
			throw new CredentialNotFound(trackId);
		}
		CredentialType type = types.findById(track.getTypeId()).orElseThrow();
		if (track.getTraineeSince() == null || type.getTraineeMonths() == null) {
			throw new RuleViolation(null, "credential.trainee.none", "This person has no trainee period on this credential.");
		}
		LocalDate eligibleOn = track.getTraineeSince().plusMonths(type.getTraineeMonths());
		if (on == null || on.isBefore(eligibleOn) || on.isAfter(LocalDate.now(clock))) {
			throw new RuleViolation("promotedOn", "credential.promotion.date",
					"The move up can be recorded from the end of the trainee period until today.", eligibleOn);
		}
		track.promote(on, supervisor.id());
		audit.record(supervisor.id(), supervisor.role().name(), AuditTrail.Action.UPDATE, RECORD, trackId, null);
	}

	/** The owner sets (or corrects) the day their trainee period started. */
	@Transactional
	void startTraineePeriod(AccountUser user, Long trackId, LocalDate since) {
		CredentialTrack track = own(user, trackId);
		CredentialType type = types.findById(track.getTypeId()).orElseThrow();
		if (type.getTraineeMonths() == null) {
			throw new RuleViolation("traineeSince", "credential.trainee.none", "This credential has no trainee period.");
		}
		if (since == null || since.isAfter(LocalDate.now(clock)) || !org.recoveryworks.shared.ReasonableDate.Check.accepts(since)) {
			throw new RuleViolation("traineeSince", "credential.trainee.date", "Enter the day your trainee period started, not in the future.");
		}
		if (track.getPromotedOn() != null) {
			throw new RuleViolation("traineeSince", "credential.trainee.done", "Your move up is already recorded.");
		}
		track.startTraineePeriod(since);
	}

	/** Progress from the track's pending and verified entries and the trainings completed in coaching. */
	CredentialProgress progress(CredentialTrack track, CredentialType type, List<CredentialEntry> list) {
		List<CredentialProgress.Logged> logged = new ArrayList<>(list.stream()
			.filter(e -> e.getStatus() != EntryStatus.RETURNED)
			.map(e -> new CredentialProgress.Logged(e.getKind(), e.getDomain(), e.getHours(), e.getDoneOn(),
					e.getStatus() == EntryStatus.VERIFIED))
			.toList());
		for (CompletedTraining t : trainings.of(track.getAccountId())) {
			logged.add(new CredentialProgress.Logged(EntryKind.TRAINING, null, t.hours(), t.heldOn(), true));
		}
		return CredentialProgress.of(type, logged, track.getTraineeSince(), track.getPromotedOn(), LocalDate.now(clock));
	}

	/** The tracks of an account, with their types (for summaries and reminders). */
	@Transactional(readOnly = true)
	List<CredentialTrack> tracksOf(Long accountId) {
		return tracks.findByAccountIdOrderByIdAsc(accountId);
	}

	Optional<CredentialType> type(Long typeId) {
		return types.findById(typeId);
	}

	List<CredentialEntry> entriesOf(Long trackId) {
		return entries.findByTrackIdOrderByDoneOnDescIdDesc(trackId);
	}

	private CredentialEntry reviewable(AccountUser supervisor, Long entryId, long version) {
		requireSupervisor(supervisor);
		CredentialEntry entry = entries.findById(entryId).orElseThrow(() -> new CredentialNotFound(entryId));
		CredentialTrack track = track(entry.getTrackId());
		if (!isVerifier(supervisor, track)) {
			throw new CredentialNotFound(entryId);
		}
		if (entry.getVersion() != version) {
			throw new RuleViolation(null, "credentialEntry.changed", "Someone else reviewed this entry first, or it changed.");
		}
		return entry;
	}

	/** A supervisor of the person's program now, who is not the person themselves. */
	boolean isVerifier(AccountUser user, CredentialTrack track) {
		return user.is(Role.SUPERVISOR) && !Objects.equals(track.getAccountId(), user.id()) && user.organizationId() != null
				&& Objects.equals(currentProgram(track.getAccountId()), user.organizationId());
	}

	private static void requireSupervisor(AccountUser user) {
		if (!user.is(Role.SUPERVISOR)) {
			throw new AccessDeniedException("Supervisors verify entries");
		}
	}

	private CredentialTrack own(AccountUser user, Long trackId) {
		CredentialTrack track = track(trackId);
		if (!Objects.equals(track.getAccountId(), user.id())) {
			throw new CredentialNotFound(trackId);
		}
		return track;
	}

	private CredentialTrack track(Long trackId) {
		return tracks.findById(trackId).orElseThrow(() -> new CredentialNotFound(trackId));
	}

	private static EntryView view(CredentialEntry e) {
		return new EntryView(e.getId(), e.getKind(), e.getDomain(), e.getHours(), e.getDoneOn(), e.getDescription(),
				e.getCertificateName(), e.getStatus(), e.getReturnNote());
	}

	static class CredentialNotFound extends NotFoundException {
		CredentialNotFound(Long id) {
			super("No credential record " + id);
		}
	}
}
