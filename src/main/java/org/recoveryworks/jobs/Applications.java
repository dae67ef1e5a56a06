package org.recoveryworks.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.recoveryworks.seekers.ApplicantProfile;
import org.recoveryworks.seekers.TextPurpose;
import org.recoveryworks.seekers.Texts;
import org.recoveryworks.shared.Text;
import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.shared.DocumentStore;
import org.recoveryworks.shared.RecoveryWorksProperties;
import org.recoveryworks.shared.RuleViolation;
import org.recoveryworks.shared.mail.Mailer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Applying, withdrawing, and moving applications through stages. */
@Service
class Applications {

	static final class ApplicationNotFound extends org.recoveryworks.shared.NotFoundException {

		ApplicationNotFound(Long id) {
			super("No application " + id);
		}
	}

	private final ApplicationRepository applications;
	private final PostingRepository postings;
	private final DocumentRepository documents;
	private final DocumentStore store;
	private final Accounts accounts;
	private final Mailer mailer;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final RecoveryWorksProperties properties;
	private final Clock clock;

	private final Texts texts;

	Applications(ApplicationRepository applications, PostingRepository postings, DocumentRepository documents,
			DocumentStore store, Accounts accounts, Mailer mailer, MessageSource messages, ApplicationEventPublisher events,
			RecoveryWorksProperties properties, Clock clock, Texts texts) {
		this.texts = texts;
		this.applications = applications;
		this.postings = postings;
		this.documents = documents;
		this.store = store;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Field errors in a draft (answers, documents), keyed by form field, as message keys. Empty
	 * when the draft can be submitted.
	 */
	@Transactional(readOnly = true)
	Map<String, RuleViolation> check(Long postingId, ApplicationDraft draft) {
		Posting posting = listedPosting(postingId);
		return check(posting, draft);
	}

	private Map<String, RuleViolation> check(Posting posting, ApplicationDraft draft) {
		Map<String, RuleViolation> errors = new LinkedHashMap<>();
		Map<Long, String> answers = draft.answers() == null ? Map.of() : draft.answers();
		for (PostingQuestion q : posting.getQuestions()) {
			String field = "answers[" + q.getId() + "]";
			String answer = answers.get(q.getId());
			if (answer == null || answer.isBlank()) {
				if (q.isRequired()) {
					errors.put(field, new RuleViolation(field, "apply.answer.required", "Please answer this question."));
				}
				continue;
			}
			if (answer.length() > 4000) {
				errors.put(field, new RuleViolation(field, "apply.answer.tooLong", "Please keep your answer under 4,000 characters."));
			}
			else if (q.getType() == QuestionType.YES_NO && !answer.equals("yes") && !answer.equals("no")) {
				errors.put(field, new RuleViolation(field, "apply.answer.yesNo", "Please choose yes or no."));
			}
			else if (q.getType() == QuestionType.CHOICE && !q.getChoiceList().contains(answer)) {
				errors.put(field, new RuleViolation(field, "apply.answer.choice", "Please choose one of the options."));
			}
		}
		checkFile("resume", draft.resume(), errors);
		checkFile("coverLetter", draft.coverLetter(), errors);
		return errors;
	}

	private void checkFile(String field, MultipartFile file, Map<String, RuleViolation> errors) {
		if (file == null || file.isEmpty()) {
			return;
		}
		try {
			store.check(field, file);
		}
		catch (RuleViolation e) {
			errors.put(field, e);
		}
	}

	/** Submits an application: one per seeker per posting, only while the posting is open. */
	@Transactional
	ApplicationView apply(AccountUser seeker, Long postingId, ApplicationDraft draft) {
		requireRole(seeker, Role.SEEKER);
		Posting posting = listedPosting(postingId);
		applications.findByPostingIdAndSeekerId(postingId, seeker.id()).ifPresent(a -> {
			throw new AlreadyApplied(a.getId());
		});
		Map<String, RuleViolation> errors = check(posting, draft);
		if (!errors.isEmpty()) {
			throw errors.values().iterator().next();
		}
		Instant now = Instant.now(clock);
		JobApplication application = new JobApplication(posting, seeker.id(), draft.fullName().trim(),
				draft.email().trim(), Text.trimToNull(draft.phone()), now);
		Map<Long, String> answers = draft.answers() == null ? Map.of() : draft.answers();
		for (PostingQuestion q : posting.getQuestions()) {
			String answer = answers.get(q.getId());
			if (answer != null && !answer.isBlank()) {
				application.answer(q, answer.trim());
			}
		}
		copyBackground(application, draft.background());
		try {
			applications.saveAndFlush(application);
		}
		catch (DataIntegrityViolationException e) {
			// Two submissions at once: the unique constraint (posting, seeker) lets only one in.
			throw new AlreadyApplied(null);
		}
		attach(application, ApplicationDocument.Kind.RESUME, "resume", draft.resume());
		attach(application, ApplicationDocument.Kind.COVER_LETTER, "coverLetter", draft.coverLetter());
		events.publishEvent(new ApplicationSubmitted(application.getId(), postingId, seeker.id()));
		var locale = LocaleContextHolder.getLocale();
		mailer.send(application.getEmail(), messages.getMessage("mail.applied.subject", new Object[] { posting.getTitle() }, locale),
				messages.getMessage("mail.applied.body", new Object[] { application.getFullName(), posting.getTitle(),
						posting.getOrganizationName(), properties.baseUrl() + "/my/applications" }, locale));
		for (String staff : accounts.staffEmails(posting.getOrganizationId())) {
			// Each of the employer's staff reads it in their own language.
			var theirs = accounts.languageOf(staff);
			mailer.send(staff, messages.getMessage("mail.newApplication.subject", new Object[] { posting.getTitle() }, theirs),
					messages.getMessage("mail.newApplication.body", new Object[] { posting.getTitle(),
							properties.baseUrl() + "/employer/postings/" + posting.getId() + "/applications" }, theirs));
		}
		return ApplicationView.of(application);
	}

	/** The lines of the profile the applicant chose, copied: a later change to the profile leaves the application as sent. */
	private static void copyBackground(JobApplication application, ApplicantProfile background) {
		if (background == null) {
			return;
		}
		for (ApplicantProfile.Work w : background.work()) {
			application.addBackground(BackgroundLine.Kind.WORK, w.employer(), w.title(), w.started(), w.ended(), w.volunteer(), w.duties());
		}
		for (ApplicantProfile.School s : background.schooling()) {
			application.addBackground(BackgroundLine.Kind.SCHOOL, s.school(), s.studied(), null,
					s.finished() == null ? null : s.finished().toString(), false, null);
		}
		if (background.skills() != null) {
			application.addBackground(BackgroundLine.Kind.SKILLS, null, background.skills(), null, null, false, null);
		}
		if (background.languages() != null) {
			application.addBackground(BackgroundLine.Kind.LANGUAGES, null, background.languages(), null, null, false, null);
		}
		if (background.certifications() != null) {
			application.addBackground(BackgroundLine.Kind.CERTIFICATIONS, null, background.certifications(), null, null, false, null);
		}
	}

	private void attach(JobApplication application, ApplicationDocument.Kind kind, String field, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return;
		}
		String contentType = store.check(field, file);
		String name = file.getOriginalFilename() == null ? kind.name().toLowerCase() : file.getOriginalFilename();
		name = name.replaceAll("[\\\\/\\r\\n\"]", "_");
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		String key = store.store(file);
		ApplicationDocument document = new ApplicationDocument(application, kind, name, contentType, file.getSize(), key);
		application.attach(document);
		documents.save(document);
	}

	@Transactional(readOnly = true)
	List<ApplicationView> statusBoard(AccountUser seeker) {
		requireRole(seeker, Role.SEEKER);
		return applications.findBySeekerIdOrderBySubmittedAtDesc(seeker.id()).stream().map(ApplicationView::forSeeker).toList();
	}

	@Transactional
	void withdraw(AccountUser seeker, Long applicationId) {
		requireRole(seeker, Role.SEEKER);
		JobApplication application = applications.findById(applicationId)
			.filter(a -> Objects.equals(a.getSeekerId(), seeker.id()))
			.orElseThrow(() -> new ApplicationNotFound(applicationId));
		if (application.getStage().isFinal()) {
			throw new RuleViolation(null, "apply.withdraw.final", "This application is already finished.");
		}
		application.moveTo(Stage.WITHDRAWN, seeker.id(), Instant.now(clock));
		events.publishEvent(new ApplicationStageChanged(applicationId, application.getPosting().getId(), seeker.id(), Stage.WITHDRAWN));
	}

	/** The seeker chooses whether their coach may see this application. */
	@Transactional
	void shareWithCoach(AccountUser seeker, Long applicationId, boolean share) {
		requireRole(seeker, Role.SEEKER);
		applications.findById(applicationId)
			.filter(a -> Objects.equals(a.getSeekerId(), seeker.id()))
			.orElseThrow(() -> new ApplicationNotFound(applicationId))
			.shareWithCoach(share);
	}

	/** The applications a seeker chose to share with their coach. */
	@Transactional(readOnly = true)
	List<ApplicationView> sharedBy(Long seekerId) {
		return applications.findBySeekerIdAndSharedWithCoachTrueOrderBySubmittedAtDesc(seekerId).stream()
			.map(ApplicationView::of)
			.toList();
	}

	java.util.Optional<JobBank.ApplicationParties> parties(Long applicationId) {
		return applications.findById(applicationId)
			.map(a -> new JobBank.ApplicationParties(a.getId(), a.getSeekerId(), a.getPosting().getOrganizationId(),
					a.getPosting().getTitle(), a.getFullName(), a.getStage() == Stage.WITHDRAWN));
	}

	@Transactional(readOnly = true)
	java.util.Optional<Hire> sharedHire(Long applicationId) {
		return applications.findById(applicationId)
			.filter(JobApplication::isSharedWithCoach)
			.filter(a -> a.getStage() == Stage.HIRED)
			.map(Hire::of);
	}

	@Transactional(readOnly = true)
	List<ApplicationView> forPosting(AccountUser employer, Long postingId) {
		Posting posting = ownPosting(employer, postingId);
		return applications.findByPostingIdOrderBySubmittedAtAsc(posting.getId()).stream().map(ApplicationView::of).toList();
	}

	@Transactional(readOnly = true)
	ApplicationView forEmployer(AccountUser employer, Long applicationId) {
		return ApplicationView.of(ownApplication(employer, applicationId));
	}

	/** The employer moves an application; the seeker sees it on the status board and gets an e-mail. */
	@Transactional
	ApplicationView moveTo(AccountUser employer, Long applicationId, Stage stage) {
		JobApplication application = ownApplication(employer, applicationId);
		if (!Stage.EMPLOYER_STAGES.contains(stage)) {
			throw new RuleViolation("stage", "stage.invalid", "Choose one of the listed stages.");
		}
		if (application.getStage() == Stage.WITHDRAWN) {
			throw new RuleViolation("stage", "stage.withdrawn", "The applicant withdrew this application.");
		}
		if (application.moveTo(stage, employer.id(), Instant.now(clock))) {
			Posting posting = application.getPosting();
			// The applicant reads it in the language they chose, not the employer's.
			var locale = accounts.languageOf(application.getSeekerId());
			String stageName = messages.getMessage("stage." + stage.name(), null, locale);
			String board = properties.baseUrl() + "/my/applications";
			// A text instead of, or as well as, the mail, if the applicant chose texts about applications: it names
			// neither the employer nor the job unless they chose texts that name the job.
			Texts.Delivery delivery = texts.send(application.getSeekerId(), TextPurpose.APPLICATION_STATUS,
					messages.getMessage("text.status", new Object[] { board }, locale),
					messages.getMessage("text.status.named", new Object[] { posting.getTitle(), board }, locale));
			if (delivery != Texts.Delivery.TEXT) {
				mailer.send(application.getEmail(), messages.getMessage("mail.stage.subject", new Object[] { posting.getTitle() }, locale),
						messages.getMessage("mail.stage.body", new Object[] { application.getFullName(), posting.getTitle(),
								posting.getOrganizationName(), stageName, board }, locale));
			}
			events.publishEvent(new ApplicationStageChanged(applicationId, posting.getId(), application.getSeekerId(), stage));
		}
		return ApplicationView.of(application);
	}

	/** A document of an application: readable by the applicant and by the employer it was sent to. */
	@Transactional(readOnly = true)
	ApplicationDocument document(AccountUser reader, Long documentId) {
		ApplicationDocument document = documents.findById(documentId).orElseThrow(() -> new ApplicationNotFound(documentId));
		JobApplication application = document.getApplication();
		boolean applicant = reader.is(Role.SEEKER) && Objects.equals(application.getSeekerId(), reader.id());
		boolean employer = reader.is(Role.EMPLOYER)
				&& Objects.equals(application.getPosting().getOrganizationId(), reader.organizationId());
		if (!applicant && !employer) {
			throw new ApplicationNotFound(documentId);
		}
		return document;
	}

	@Transactional(readOnly = true)
	Map<Long, Long> countsForOrganization(Long organizationId) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		for (Object[] row : applications.countByPostingForOrganization(organizationId)) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		return counts;
	}

	@Transactional(readOnly = true)
	boolean hasApplied(AccountUser seeker, Long postingId) {
		return seeker != null && seeker.is(Role.SEEKER)
				&& applications.findByPostingIdAndSeekerId(postingId, seeker.id()).isPresent();
	}

	private Posting listedPosting(Long postingId) {
		Posting posting = postings.findById(postingId).orElseThrow(() -> new PostingNotFound(postingId));
		LocalDate today = LocalDate.now(clock);
		if (!posting.isOrganizationVerified() || posting.stateOn(today) == PostingState.DRAFT
				|| posting.stateOn(today) == PostingState.SCHEDULED) {
			throw new PostingNotFound(postingId);
		}
		if (!posting.isListedOn(today)) {
			throw new RuleViolation(null, "apply.closed", "This job is no longer taking applications.");
		}
		return posting;
	}

	private Posting ownPosting(AccountUser employer, Long postingId) {
		requireRole(employer, Role.EMPLOYER);
		return postings.findById(postingId)
			.filter(p -> Objects.equals(p.getOrganizationId(), employer.organizationId()))
			.orElseThrow(() -> new PostingNotFound(postingId));
	}

	private JobApplication ownApplication(AccountUser employer, Long applicationId) {
		requireRole(employer, Role.EMPLOYER);
		return applications.findById(applicationId)
			.filter(a -> Objects.equals(a.getPosting().getOrganizationId(), employer.organizationId()))
			.orElseThrow(() -> new ApplicationNotFound(applicationId));
	}

	private static void requireRole(AccountUser user, Role role) {
		if (user == null || !user.is(role)) {
			throw new AccessDeniedException("Only for " + role);
		}
	}
}
