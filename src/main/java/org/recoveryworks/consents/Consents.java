package org.recoveryworks.consents;

import org.recoveryworks.audit.AuditTrail;
import org.recoveryworks.coaching.InformationKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.recoveryworks.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Consents to disclose a participant's information outside the program, and the disclosures
 * made under them (42 CFR Part 2). A disclosure happens only under a consent that is active that
 * day and covers both the information and the recipient; it carries the re-disclosure notice, is
 * kept for the accounting of disclosures and goes into the audit trail. The caller has already
 * checked that the staff member may open the participant's record.
 */
@Service
@Transactional(readOnly = true)
public class Consents {

	/** How far back the accounting of disclosures goes. */
	public static final int ACCOUNTING_YEARS = 3;

	/**
	 * The notice every disclosure carries (42 CFR 2.32(a)(1), as amended in 2024).
	 */
	public static final String REDISCLOSURE_NOTICE = "This record which has been disclosed to you is protected by federal "
			+ "confidentiality rules (42 CFR part 2). The federal rules prohibit you from making any further disclosure of this "
			+ "record unless further disclosure is expressly permitted by the written consent of the individual whose information "
			+ "is being disclosed in this record or, is otherwise permitted by 42 CFR part 2. A general authorization for the "
			+ "release of medical or other information is NOT sufficient for this purpose (see § 2.31). The federal rules restrict "
			+ "any use of the information to investigate or prosecute with regard to a crime any patient with a substance use "
			+ "disorder, except as provided at §§ 2.12(c)(5) and 2.65.";

	/** What a consent says, as written on the signed form. */
	public record ConsentDetails(String discloser, Set<InformationKind> information, String description, String recipientName,
			String recipientOrganization, String recipientContact, String purpose, LocalDate expiresOn, String expiryEvent,
			String signedBy, LocalDate signedOn, boolean toldRightToRevoke) {
	}

	public record ConsentView(Long id, Long participantId, String discloser, Set<InformationKind> information, String description,
			String recipientName, String recipientOrganization, String recipientContact, String purpose, LocalDate expiresOn,
			String expiryEvent, String signedBy, LocalDate signedOn, boolean toldRightToRevoke, Instant recordedAt,
			LocalDate revokedOn, String revocationNote, boolean active, String signedFormName) {

		/** Who signed, as typed, or that the signed form is on file. */
		public String signer() {
			return signedBy != null ? signedBy : signedFormName != null ? "(signed form on file)" : "";
		}

		public String recipient() {
			return recipientName + (recipientOrganization == null ? "" : ", " + recipientOrganization);
		}
	}

	public record DisclosureView(Long id, Long participantId, Long consentId, String recipient, Set<InformationKind> information,
			String purpose, Instant disclosedAt) {
	}

	/** The scan of a consent signed on paper. */
	public record SignedForm(String key, String name, String contentType) {
	}

	/** A part of a disclosed document: a heading and its lines. */
	public record Section(String heading, List<String> lines) {
	}

	/** A disclosure as the recipient got it. */
	public record DisclosedDocument(DisclosureView disclosure, ConsentView consent, List<Section> sections) {
	}

	private final ConsentRepository consents;
	private final DisclosureRepository disclosures;
	private final AuditTrail audit;
	private final JsonMapper json;
	private final Clock clock;
	private final org.recoveryworks.shared.DocumentStore documents;

	Consents(ConsentRepository consents, DisclosureRepository disclosures, AuditTrail audit, JsonMapper json, Clock clock,
			org.recoveryworks.shared.DocumentStore documents) {
		this.documents = documents;
		this.consents = consents;
		this.disclosures = disclosures;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records a signed consent (the form has checked its fields), with the scan of the form signed on
	 * paper if there is one (its type checked, stored outside the web root, removed again if this
	 * transaction fails); its id.
	 */
	@Transactional
	public Long record(Long actorId, String actorRole, Long participantId, Long programId, ConsentDetails details,
			org.springframework.web.multipart.MultipartFile signedForm) {
		boolean scanned = signedForm != null && !signedForm.isEmpty();
		if (!details.toldRightToRevoke() || details.information().isEmpty()
				|| (details.expiresOn() == null && (details.expiryEvent() == null || details.expiryEvent().isBlank()))) {
			throw new IllegalArgumentException("A consent needs information, an expiry and the right to revoke");
		}
		if (!scanned && (details.signedBy() == null || details.signedBy().isBlank())) {
			throw new RuleViolation("signedBy", "consent.signature.required",
					"Type the name of the person who signed, or upload the signed form.");
		}
		Consent consent = new Consent(participantId, programId, details, actorId, Instant.now(clock));
		if (scanned) {
			String type = documents.checkScan("signedForm", signedForm);
			String name = signedForm.getOriginalFilename() == null || signedForm.getOriginalFilename().isBlank() ? "signed-consent"
					: signedForm.getOriginalFilename();
			consent.attachSignedForm(documents.store(signedForm), name.length() > 200 ? name.substring(0, 200) : name, type);
		}
		Long id = consents.save(consent).getId();
		audit.record(actorId, actorRole, AuditTrail.Action.CREATE, "consent", id, participantId);
		return id;
	}

	public List<ConsentView> forParticipant(Long participantId) {
		LocalDate today = LocalDate.now(clock);
		return consents.findByParticipantIdOrderByIdDesc(participantId).stream().map(c -> c.toView(today)).toList();
	}

	/** The scan of a consent signed on paper, if the consent is this participant's and has one. */
	public Optional<SignedForm> signedForm(Long participantId, Long consentId) {
		return consents.findById(consentId).filter(c -> c.getParticipantId().equals(participantId)).map(Consent::signedForm);
	}

	public Optional<ConsentView> find(Long participantId, Long consentId) {
		return consents.findById(consentId).filter(c -> c.getParticipantId().equals(participantId))
			.map(c -> c.toView(LocalDate.now(clock)));
	}

	/** Records that the participant revoked the consent: no disclosure under it from now on. */
	@Transactional
	public void revoke(Long actorId, String actorRole, Long participantId, Long consentId, String note) {
		Consent consent = consents.lockById(consentId).filter(c -> c.getParticipantId().equals(participantId))
			.orElseThrow(() -> new ConsentNotFound(consentId));
		consent.revoke(LocalDate.now(clock), actorId, Instant.now(clock), note);
		audit.record(actorId, actorRole, AuditTrail.Action.UPDATE, "consent revoked", consentId, participantId);
	}

	/**
	 * Discloses information under a consent: refused unless the consent is the participant's,
	 * active today and covers every kind asked for. The content is made only once allowed, and kept
	 * as the recipient gets it. The disclosure's id.
	 */
	@Transactional
	public Long disclose(Long actorId, String actorRole, Long participantId, Long consentId, Set<InformationKind> information,
			Function<Set<InformationKind>, List<Section>> content) {
		// Locked: a revocation recorded at the same moment waits for this, or this sees it.
		Consent consent = consents.lockById(consentId).filter(c -> c.getParticipantId().equals(participantId))
			.orElseThrow(() -> new ConsentNotFound(consentId));
		if (consent.revoked()) {
			throw new RuleViolation(null, "disclosure.refused.revoked", "This consent was revoked.");
		}
		if (!consent.activeOn(LocalDate.now(clock))) {
			throw new RuleViolation(null, "disclosure.refused.inactive", "This consent is not active.");
		}
		if (information == null || information.isEmpty()) {
			throw new RuleViolation(null, "disclosure.refused.nothing", "Choose what to disclose.");
		}
		if (!consent.information().containsAll(information)) {
			throw new RuleViolation(null, "disclosure.refused.notCovered", "The consent does not cover all of what was chosen.");
		}
		String document = json.writeValueAsString(content.apply(information));
		Long id = disclosures.save(new Disclosure(participantId, consentId, consent.recipient(), information, consent.getPurpose(), actorId,
				Instant.now(clock), document)).getId();
		audit.record(actorId, actorRole, AuditTrail.Action.DISCLOSE, "disclosure", id, participantId);
		return id;
	}

	/**
	 * Retention of a closed case record: the signers' names, descriptions and scans of its consents,
	 * and what its disclosures sent, are erased; who received what, when and why stays.
	 */
	@org.springframework.context.event.EventListener
	void erase(org.recoveryworks.coaching.CaseRecordErased erased) {
		eraseFor(erased.participantId());
	}

	@Transactional
	public void eraseFor(Long participantId) {
		for (Consent c : consents.findByParticipantIdOrderByIdDesc(participantId)) {
			Consents.SignedForm form = c.signedForm();
			if (form != null) {
				documents.deleteAfterCommit(form.key());
			}
			c.erasePersonal();
		}
		disclosures.eraseContent(participantId);
	}

	/** The disclosures of the last three years, newest first. */
	public List<DisclosureView> accounting(Long participantId) {
		// The window starts at midnight in the deployment's zone, the day the staff see as three years ago.
		Instant since = LocalDate.now(clock).minusYears(ACCOUNTING_YEARS).atStartOfDay(clock.getZone()).toInstant();
		return disclosures.findByParticipantIdAndDisclosedAtAfterOrderByDisclosedAtDesc(participantId, since).stream()
			.map(Disclosure::toView).toList();
	}

	public Optional<DisclosedDocument> document(Long participantId, Long disclosureId) {
		return disclosures.findById(disclosureId).filter(d -> d.getParticipantId().equals(participantId)).map(d -> {
			DisclosureView view = d.toView();
			ConsentView consent = consents.findById(view.consentId()).orElseThrow().toView(LocalDate.now(clock));
			List<Section> sections = List.of(json.readValue(d.getContent(), Section[].class));
			return new DisclosedDocument(view, consent, sections);
		});
	}
}
